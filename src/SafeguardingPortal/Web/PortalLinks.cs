using Microsoft.Extensions.Options;

namespace SafeguardingPortal.Web;

/// <summary>Typed links: one place that knows the portal's URLs, so a renamed page is a compile error, not a 404.</summary>
public sealed class PortalLinks(LinkGenerator links, IHttpContextAccessor http, IOptions<PortalOptions> options)
{
    public string Home() => Page("/Campaign/Index");

    public string WhoToCall() => Page("/Campaign/WhoToCall");

    public string Posters() => Page("/Campaign/Posters/Index");

    public string Poster(int number) => Page("/Campaign/Posters/Poster", new { number });

    public string PosterPrint(int number) => Page("/Campaign/Posters/Print", new { number });

    public string PosterScreenSaverTemplate(int number) => Page("/Campaign/Posters/Print", new { number, size = "screen" });

    public string PosterPdf(int number) => Page("/Campaign/Posters/Poster", new { number }, "Pdf");

    public string PosterScreenSaverPng(int number) => Page("/Campaign/Posters/Poster", new { number }, "ScreenSaver");

    public string PosterQrCode(int number) => Page("/Campaign/Posters/Poster", new { number }, "QrCode");

    public string PledgeStart() => Page("/Pledges/Index");

    /// <summary>A pledge's own page, reached by its owner token (never by its id).</summary>
    public string Pledge(string token) => Page("/Pledges/Yours", new { token });

    public string PledgeCardPdf(string token) => Page("/Pledges/Yours", new { token }, "Pdf");

    public string PledgeCardPng(string token) => Page("/Pledges/Yours", new { token }, "Png");

    /// <summary>The card's print-ready A6 page, or with <paramref name="square"/> the 1080 by 1080 picture's.</summary>
    public string PledgeCard(string token, bool square = false) => square ? Page("/Pledges/Card", new { token, size = "square" }) : Page("/Pledges/Card", new { token });

    public string PledgeCardQrCode(string token) => Page("/Pledges/Card", new { token }, "QrCode");

    public string ContentPage(string path) => http.HttpContext!.Request.PathBase + path;

    /// <summary>The report-a-concern start page, tagged with where the visitor came from (poster, card…).</summary>
    public Uri ReportAbsolute(string source) => Absolute($"/report?src={Uri.EscapeDataString(source)}");

    /// <summary>The safeguarding teams' inbox, linked from their notification emails (its pages arrive with the inbox).</summary>
    public Uri InboxAbsolute() => Absolute("/inbox");

    public Uri Absolute(string pathAndQuery) => new(options.Value.PublicBaseUrl, pathAndQuery.TrimStart('/'));

    private string Page(string page, object? values = null, string? handler = null) =>
        links.GetPathByPage(http.HttpContext!, page, handler, values)
        ?? throw new InvalidOperationException($"No route for page {page}");
}
