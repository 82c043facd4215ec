using SafeguardingPortal.Reference;
using SafeguardingPortal.Web;
using SafeguardingPortal.Web.Documents;

namespace SafeguardingPortal.Features.Training;

/// <summary>What a certificate shows, on screen and in its PDF: the certificate, the reporting route and the verification link.</summary>
public sealed record CertificateView(Certificate Certificate, ContactsFile Contacts, string VerifyUrl, string QrCodeDataUri)
{
    public static string VerifyPath(string code) => $"/verify/{Uri.EscapeDataString(code)}";

    public static CertificateView For(Certificate certificate, ContactsFile contacts, PortalLinks links)
    {
        var verify = links.Absolute(VerifyPath(certificate.Code));
        return new(certificate, contacts, verify.AbsoluteUri, "data:image/png;base64," + Convert.ToBase64String(QrCodes.Png(verify, 6)));
    }
}
