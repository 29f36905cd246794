/// A number as read from the text, before its unit: its value, where it stands, and the facts the
/// grammar's rules ask about (is it a bare 一, a four-digit integer, a digit-by-digit sequence ...).
struct NumberReading {
    /// First byte of the number.
    var start: Int
    /// Byte just past the number, its scale and any vague tail (多, 余, 几).
    var end: Int
    /// The value including the scale ("3.25亿" = 325000000), or nil when it is too large to hold exactly.
    var value: ExactDecimal?
    /// Written with Arabic (or full-width) digits.
    var isArabic = false
    /// Digits before the decimal point (Arabic only): a four-digit integer before 年 is a year.
    var integerDigits = 0
    /// Has a decimal part.
    var hasFraction = false
    /// Is exactly 一 (the article in 一场盛宴, not a count).
    var isBareOne = false
    /// Is only a scale character with no digit (万, 百, 千万): a number only with 上/余/多 beside it.
    var isBareScale = false
    /// Is a run of Chinese digits without units (二〇二二, 五五, 一两): a year, a code or a vague pair.
    var isDigitSequence = false
    /// Contains 万 or 亿 (as a scale after digits or inside a Chinese numeral).
    var hasLargeScale = false
    /// The power of ten of the scale that ends the number (4 for 3000万 and 五万, 8 for 5亿), else 0;
    /// a range's low end without a scale borrows it ("3至5亿元").
    var scalePower = 0
    /// The bytes of the scale characters written after Arabic digits, for `surface_unit` ("万" in
    /// 3000万元; whitespace between them is dropped when the string is made): an empty range when
    /// there are none. A range, not a `String`, so that the many numbers that never become a
    /// mention build no string and count no references.
    var scaleStart = 0
    /// Byte just past the last scale character.
    var scaleEnd = 0
    /// A vague tail (多, 余, 几) follows the definite part: the qualifier is `over`.
    var vagueOver = false
    /// Byte where the digits end, before any scale or tail (for the too-large message).
    var digitsEnd: Int
    /// Number of significant digits read (for the too-large message).
    var digitCount = 0
}
