/// Chart specs, scales, ticks and layout as draw commands: pure Swift, testable without Cairo.
public enum TongjiChart {}
