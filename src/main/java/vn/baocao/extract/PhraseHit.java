package vn.baocao.extract;

/** An occurrence of a dictionary phrase in a text: which indicator, where. */
public record PhraseHit(Indicator indicator, String phrase, int start, int end) {
}
