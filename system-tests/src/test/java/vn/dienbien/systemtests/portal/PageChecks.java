package vn.dienbien.systemtests.portal;

import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.logging.LogEntry;

/** What a page must be for an official: Vietnamese, no errors, labelled, fitting the window. */
final class PageChecks {

  private PageChecks() {}

  static List<String> consoleErrors(List<LogEntry> entries) {
    return entries.stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /**
   * Every text a person can read, hidden parts included (a collapsed menu opens with one tap): the
   * body without scripts and identifiers, the title, and placeholders, labels and alternative
   * texts.
   */
  static String visibleText(Browser browser) {
    return (String)
        browser.script(
            """
            const body = document.body.cloneNode(true);
            // code and kbd hold identifiers (user names, e-mail addresses, record ids), not words.
            body.querySelectorAll('script, style, noscript, template, code, kbd').forEach(e => e.remove());
            const extra = Array.from(document.querySelectorAll(
                '[placeholder], [aria-label], [title], img[alt], input[type=submit], input[type=button]'))
              .map(e => [e.getAttribute('placeholder'), e.getAttribute('aria-label'),
                         e.getAttribute('title'), e.getAttribute('alt'),
                         (e.type === 'submit' || e.type === 'button') ? e.value : null]
                 .filter(Boolean).join(' '));
            return document.title + ' ' + body.textContent + ' ' + extra.join(' ');
            """);
  }

  @SuppressWarnings("unchecked")
  static List<String> unlabelledInputs(Browser browser) {
    return (List<String>)
        browser.script(
            """
            return Array.from(document.querySelectorAll('input, select, textarea'))
              .filter(e => !['hidden', 'submit', 'button', 'reset', 'image'].includes(e.type))
              .filter(e => !(e.labels && e.labels.length > 0)
                        && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby'))
              .map(e => e.outerHTML.substring(0, 120));
            """);
  }

  /**
   * Elements reaching past the window's right edge, except inside an element that scrolls or clips
   * horizontally; and the page itself must not scroll sideways.
   */
  @SuppressWarnings("unchecked")
  static List<String> tooWide(Browser browser) {
    return (List<String>)
        browser.script(
            """
            const width = window.innerWidth;
            const out = [];
            if (document.documentElement.scrollWidth > width) {
              out.push('page scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + width);
            }
            const clipped = e => {
              for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
                const o = getComputedStyle(p).overflowX;
                if (o === 'auto' || o === 'scroll' || o === 'hidden') return true;
              }
              return false;
            };
            document.querySelectorAll('body *').forEach(e => {
              const r = e.getBoundingClientRect();
              if (r.width > 0 && r.right > width + 1 && !clipped(e)
                  && getComputedStyle(e).position !== 'fixed') {
                out.push(e.tagName + '.' + e.className + ' right=' + Math.round(r.right));
              }
            });
            return out.slice(0, 10);
            """);
  }
}
