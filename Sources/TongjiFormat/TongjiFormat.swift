/// Number formatting for people: Chinese scales (万/亿) and CJK display width.
public enum TongjiFormat {}
