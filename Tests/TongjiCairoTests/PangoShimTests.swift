import Foundation
import Testing

/// CPango/shim.h declares the Pango functions TongjiCairo calls instead of including the real
/// headers (whose pkg-config flags carry -pthread, which SwiftPM warns about on every build).
/// This compiles the shim right after the real <pango/pangocairo.h>: a declaration that differs
/// from the real prototype is a "conflicting types" error.
struct PangoShimTests {
    @Test func shimDeclarationsMatchTheRealPangoHeaders() throws {
        let flags = try Support.run("pkg-config", ["--cflags", "pangocairo"])
        try #require(flags.status == 0, "pkg-config pangocairo: \(flags.error)")
        let shim = Support.repoRoot.appendingPathComponent("Sources/CPango/shim.h").path
        let arguments = flags.output.split(whereSeparator: \.isWhitespace).map(String.init)
            + ["-fsyntax-only", "-Werror", "-x", "c", "-include", "pango/pangocairo.h", shim]
        let compiled = try Support.run("cc", arguments)
        #expect(compiled.status == 0, "\(compiled.error)")
    }
}
