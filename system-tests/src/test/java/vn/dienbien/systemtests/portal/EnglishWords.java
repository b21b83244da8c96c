package vn.dienbien.systemtests.portal;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds English words in text meant for Vietnamese readers. A word written with Vietnamese letters
 * (diacritics, đ) is Vietnamese; an all-capital token is an abbreviation or a code (CT/TU, PDF,
 * XA-MUONG-NHE); otherwise an ASCII word is English when it cannot be a Vietnamese syllable written
 * without diacritics (initial consonant, vowels, final consonant) or is a common English word that
 * happens to fit that shape. Proper nouns and loanwords people here use are allowed by name.
 */
final class EnglishWords {

  private static final Pattern SYLLABLE =
      Pattern.compile(
          "(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|g|h|k|l|m|n|p|r|s|t|v|x)?"
              + "[aeiouy]{1,3}"
              + "(ch|ng|nh|c|m|n|p|t)?");

  /**
   * English words shaped like Vietnamese syllables (so the syllable test lets them through), minus
   * those that are also Vietnamese without diacritics ("do" in "lý do", "so" in "so sánh", "can",
   * "to", "no", "than", "then", "long", "pin", "men").
   */
  private static final Set<String> ENGLISH =
      Set.of(
          "the", "that", "of", "at", "it", "on", "by", "be", "he", "me", "we", "go", "not", "get",
          "set", "let", "yet", "but", "cat", "hi", "bye", "tap", "top", "map", "chat", "chip",
          "ping", "king", "ten", "pen", "net", "bit", "sit", "hit", "put", "cut", "mute", "time",
          "tip", "kit");

  /** Proper nouns and loanwords in common Vietnamese use. */
  private static final Set<String> ALLOWED = Set.of("excel", "zalo", "website", "internet");

  /**
   * Words, except right after a dot: file extensions and domain parts (bien-ban.png, example.vn).
   */
  private static final Pattern WORD = Pattern.compile("(?<![.\\p{L}])\\p{L}+");

  private EnglishWords() {}

  static Set<String> in(String text) {
    Set<String> found = new LinkedHashSet<>();
    var words = WORD.matcher(text);
    while (words.find()) {
      String word = words.group();
      if (english(word)) {
        found.add(word);
      }
    }
    return found;
  }

  static boolean english(String word) {
    if (word.length() < 2 || !word.chars().allMatch(c -> c < 128)) {
      return false;
    }
    if (word.equals(word.toUpperCase(Locale.ROOT))) {
      return false;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    if (ALLOWED.contains(lower)) {
      return false;
    }
    return ENGLISH.contains(lower) || !SYLLABLE.matcher(lower).matches();
  }
}
