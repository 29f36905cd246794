/// The byte offsets of the whitespace scalars in one sentence, as `TextContext.sentence(around:spaces:)`
/// notes them while it finds the sentence's bounds, in order: `slots[used]`.
///
/// The slots are laid out once for the longest sentence (`sentenceReach` scalars each side of the
/// number): the walk back fills them downwards from the middle, the walk forward upwards, so they
/// come out in order without being reversed, and a position is noted with one store (through a
/// `MutableSpan`, no check of the array's uniqueness or capacity per position).
struct SentenceSpaces {
    /// Room for one position per scalar of the longest sentence; `used` are the ones of the last sentence.
    var slots = [Int](repeating: 0, count: 2 * TextContext.sentenceReach)
    /// The slots that hold the last sentence's whitespace positions.
    var used = TextContext.sentenceReach..<TextContext.sentenceReach
}
