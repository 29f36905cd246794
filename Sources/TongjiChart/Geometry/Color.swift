/// An sRGB colour with alpha, components in 0...1.
public struct Color: Sendable, Hashable, CustomStringConvertible {
    /// Red, 0...1.
    public var red: Double
    /// Green, 0...1.
    public var green: Double
    /// Blue, 0...1.
    public var blue: Double
    /// Opacity, 0...1.
    public var alpha: Double

    /// Creates a colour from components in 0...1.
    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = red
        self.green = green
        self.blue = blue
        self.alpha = alpha
    }

    /// Creates an opaque colour from a 24-bit RGB value: `Color(rgb: 0x0072B2)`.
    public init(rgb: UInt32) {
        self.init(
            red: Double((rgb >> 16) & 0xFF) / 255,
            green: Double((rgb >> 8) & 0xFF) / 255,
            blue: Double(rgb & 0xFF) / 255
        )
    }

    /// The colour as 8-bit components (rounded), as a PNG stores it.
    public var bytes: (red: UInt8, green: UInt8, blue: UInt8) {
        func byte(_ c: Double) -> UInt8 { UInt8(max(0, min(255, (c * 255).rounded()))) }
        return (byte(red), byte(green), byte(blue))
    }

    /// "#RRGGBB" (alpha appended as two more digits when not opaque).
    public var description: String {
        let (r, g, b) = bytes
        var text = "#" + Self.hex(r) + Self.hex(g) + Self.hex(b)
        if alpha < 1 { text += Self.hex(UInt8(max(0, min(255, (alpha * 255).rounded())))) }
        return text
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
    }
}
