namespace SafeguardingPortal.Web;

public sealed class PortalOptions
{
    /// <summary>The public address of the portal, for absolute links: QR codes, emails, share links, certificates.</summary>
    public Uri PublicBaseUrl { get; set; } = new("http://127.0.0.1:5080/");
}
