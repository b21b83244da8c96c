package vn.dienbien.portal.board;

/**
 * An issued directive as the board's and the progress page's directive picker show it: only what
 * the option needs, so the directives' tasks are not decoded on every page.
 */
record DirectiveChoice(String id, String number) {}
