/** Sample models for the local stack ("Mẫu minh họa"), walked through the real lifecycle. */
package vn.dienbien.modelregistry.demo;
