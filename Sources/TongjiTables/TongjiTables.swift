/// Tables of mentions: filter, group, aggregate, dedupe, and writers for CSV, JSON Lines and Markdown.
public enum TongjiTables {}
