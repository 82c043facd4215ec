using Microsoft.AspNetCore.DataProtection;
using SafeguardingPortal.Reference;
using SafeguardingPortal.Web.Documents;

namespace SafeguardingPortal.Features.Champions.Finder;

/// <summary>
/// A department's A4 noticeboard poster: its champions' names, its route in a sentence or two, the numbers to call and
/// a QR code to the report form tagged <c>src=noticeboard</c> (a channel, nothing about who scanned it).
/// </summary>
public sealed record NoticeboardPoster(Department Department, IReadOnlyList<string> Champions, string Route, ContactsFile Contacts, string QrCodeDataUri, string ReportUrl)
{
    /// <summary>The <c>src</c> tag on every noticeboard poster's QR code, so the impact figures can count the channel.</summary>
    public const string Source = "noticeboard";

    /// <summary>
    /// Names every current champion, active or not: a poster stays up for months, and a newly trained champion is the
    /// person to go to before their first briefing.
    /// </summary>
    /// <remarks>The QR code is inline, as on certificates, so the print template needs nothing that asks for a session.</remarks>
    public static NoticeboardPoster For(DirectoryDepartment entry, ContactsFile contacts, Uri reportUrl) =>
        new(entry.Department, [.. entry.Active.Concat(entry.NotActive).Select(c => c.Name).Distinct().Order(StringComparer.CurrentCulture)],
            entry.Route?.Poster ?? "", contacts, "data:image/png;base64," + Convert.ToBase64String(QrCodes.Png(reportUrl, 6)), reportUrl.AbsoluteUri);

    /// <summary>Chromium has no session, so the print template takes a short-lived token for one department instead.</summary>
    public static ITimeLimitedDataProtector Protector(IDataProtectionProvider protection) =>
        protection.CreateProtector("champions-noticeboard-print").ToTimeLimitedDataProtector();
}
