/// Draws TongjiChart's draw commands with Cairo and Pango into PNG, SVG and PDF.
public enum TongjiCairo {}
