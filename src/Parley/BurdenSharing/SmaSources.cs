namespace Parley.BurdenSharing;

/// <summary>
/// The sources of the SMA data. Those marked "re-checked" were read again in a stored public copy when the data was
/// written; the others are as cited by the project's research notes (shared/research/burden-sharing.md).
/// </summary>
public static class SmaSources
{
    /// <summary>MND chart of yearly amounts 1991–2018 (re-checked: every figure of the chart).</summary>
    public static readonly Citation MndChart2018 = new(
        "MND 2018 Defense White Paper, chart 5-1",
        "https://mnd.go.kr/mnd_book/DefenseWhitePaper/2018/body(eng)/files/basic-html/page181.html");

    /// <summary>The legal basis and the same chart in the 2020 edition.</summary>
    public static readonly Citation MndWhitePaper2020 = new(
        "MND 2020 Defence White Paper, p.209",
        "https://mnd.go.kr/mnd_book/DefenseWhitePaper/2020/2020_eng_body/files/basic-html/page209.html");

    /// <summary>1st–6th SMA terms.</summary>
    public static readonly Citation MoneyToday = new("MoneyToday via Zum", "https://news.zum.com/articles/56404698");

    /// <summary>SMA history overview (2014).</summary>
    public static readonly Citation SeoulShinmun2014 = new(
        "Seoul Shinmun 2014-01-13", "https://www1.seoul.co.kr/news/politics/diplomacy/2014/01/13/20140113004005");

    /// <summary>Year-on-year changes by SMA (2019).</summary>
    public static readonly Citation Fnnews2019 = new("fnnews 2019-11-19", "https://fnnews.com/ampNews/201911191744551507");

    /// <summary>3rd SMA: +10 % a year.</summary>
    public static readonly Citation Hankyung1995 = new("Hankyung 1995-11-04", "https://hankyung.com/amp/1995110301061");

    /// <summary>7th SMA terms.</summary>
    public static readonly Citation Imaeil2006 = new("imaeil 2006-12-07", "https://imaeil.com/page/view/2006120709125179166");

    /// <summary>7th SMA terms.</summary>
    public static readonly Citation SeoulEconomic7th = new("Seoul Economic Daily (7th SMA)", "https://m.sedaily.com/NewsView/1HLSDLLMFD");

    /// <summary>8th SMA terms.</summary>
    public static readonly Citation Mbn8th = new("MBN (8th SMA)", "https://www.mbn.co.kr/news/politics/402568");

    /// <summary>9th SMA terms.</summary>
    public static readonly Citation Moneys9th = new("Moneys 2014-01-12", "https://www.moneys.co.kr/article/2014011210508035127");

    /// <summary>9th SMA treaty record.</summary>
    public static readonly Citation StateDept9th = new("U.S. State Dept treaty record 14-618", "https://www.state.gov/14-618");

    /// <summary>10th SMA: 1.0389 trillion won, +8.2 %.</summary>
    public static readonly Citation Mofa10th = new("MOFA (10th SMA)", "https://www.mofa.go.kr/eng/brd/m_5676/view.do?seq=320383");

    /// <summary>10th SMA: 1조389억 원, +8.2 % (re-checked).</summary>
    public static readonly Citation Kbmaeil10th = new("Yonhap via kbmaeil, Feb 2019", "http://www.kbmaeil.com/news/articleView.html?idxno=805415");

    /// <summary>11th SMA terms.</summary>
    public static readonly Citation Janes11th = new(
        "Janes, initial draft text of the 11th SMA",
        "https://janes.com/osint-insights/defence-news/seoul-washington-initial-draft-text-for-new-sma-on-defence-burden-sharing");

    /// <summary>11th SMA: 2021 = 1조1833억 원 = 2020 defense-budget growth 7.4 % + 6.5 points labor costs; then the prior year's defense-budget growth (re-checked).</summary>
    public static readonly Citation Clicknnews11th = new(
        "Yonhap via clicknnews, Mar 2021", "http://clicknnews.com/bbs/board.php?bo_table=free&page=328&wr_id=4116");

    /// <summary>11th SMA ratification.</summary>
    public static readonly Citation Fnnews2021 = new("fnnews 2021-09-01", "https://www.fnnews.com/ampNews/202109011144538851");

    /// <summary>12th SMA: 2026 = 1조5192억 원 (+8.3 % over 2025's 1조4028억 원), CPI-linked, 5 % cap (re-checked).</summary>
    public static readonly Citation MaeilBusiness2024 = new("Maeil Business via Zum, Oct 2024", "http://news.zumst.com/articles/93628432");

    /// <summary>12th SMA: prior year × CPI change of two years before (전전년도) (re-checked).</summary>
    public static readonly Citation MofaBonn12th = new(
        "MOFA via the ROK embassy in Bonn, Oct 2024", "https://deu-bonn.mofa.go.kr/www/brd/m_4078/view.do?page=1&seq=368685");

    /// <summary>12th SMA: 2026 1조5192억 원 over 2025's 1조4028억 원 (re-checked).</summary>
    public static readonly Citation FnnewsBusan2024 = new("fnnews 2024-10-04", "https://busan.fnnews.com/news/202410041646494697");

    /// <summary>12th SMA terms.</summary>
    public static readonly Citation AsiaEconomy12th = new("Asia Economy 2024-10-04", "https://cm.asiae.co.kr/en/article/2024100418122185331");

    /// <summary>MND table of defense budgets and their growth, 1975–2024 (re-checked; not in the research notes).</summary>
    public static readonly Citation MndBudgetTable = new(
        "MND defense-budget table 1975–2024", "http://www.mnd.go.kr/mbshome/mbs/mnd/subview.jsp?id=mnd_010401020000");

    /// <summary>CPI 2006 (Statistics Korea, reported; not in the research notes).</summary>
    public static readonly Citation Newspim2006 = new("Newspim 2006-12-29 (Statistics Korea)", "https://www.newspim.com/news/view/45578");

    /// <summary>CPI 2006–2012 (Statistics Korea, reported; not in the research notes).</summary>
    public static readonly Citation AsiaEconomy2012 = new(
        "Asia Economy 2012-12-31 (Statistics Korea)", "https://cm.asiae.co.kr/ampview.htm?no=2012123108365709661");

    /// <summary>CPI 2008 (Statistics Korea, reported; not in the research notes).</summary>
    public static readonly Citation SeoulShinmun2009 = new(
        "Seoul Shinmun 2009-01-01 (Statistics Korea)", "https://m.seoul.co.kr/news/economy/2009/01/01/20090101017010");

    /// <summary>CPI 2009 (Statistics Korea, reported; not in the research notes).</summary>
    public static readonly Citation Hankyung2009 = new("Hankyung 2009-12-31 (Statistics Korea)", "https://www.hankyung.com/economy/article/2009123188148");

    /// <summary>CPI 2010–2016 (Statistics Korea, reported; not in the research notes).</summary>
    public static readonly Citation DongA2016 = new("Dong-A 2016-12-30 (Statistics Korea)", "https://www.donga.com/news/amp/all/20161230/82109589/2");

    /// <summary>CPI 2012–2018 (Statistics Korea, reported; not in the research notes).</summary>
    public static readonly Citation Newsis2018 = new(
        "Newsis 2018-12-31 (Statistics Korea)", "https://mobile.newsis.com/view_amp.html?ar_id=NISX20181230_0000516493");

    /// <summary>The projection of about 1.64 trillion won in 2030 at about 2 % CPI (research notes).</summary>
    public static readonly Citation ProjectionAt2Percent = new(
        "weaponstechnology.news 2024-10-11", "https://weaponstechnology.news/2024-10-11-south-korea-spend-more-host-us-troops.html");
}
