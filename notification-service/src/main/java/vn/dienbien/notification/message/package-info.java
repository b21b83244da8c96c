/** The vocabulary shared by contacts, rules and deliveries: channels and kinds of message. */
package vn.dienbien.notification.message;
