/// The report job: a folder of articles into HTML, Markdown, CSV tables and charts.
public enum TongjiReport {}
