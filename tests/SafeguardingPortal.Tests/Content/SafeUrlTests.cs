using SafeguardingPortal.Content;

namespace SafeguardingPortal.Tests.Content;

public class SafeUrlTests
{
    [Theory]
    [InlineData("/who-to-call")]
    [InlineData("#physical-abuse")]
    [InlineData("who-to-call?x=1")]
    [InlineData("https://www.gov.uk/report-child-abuse-to-local-council")]
    [InlineData("http://example.org")]
    [InlineData("mailto:children.duty@cityoflondon.gov.uk")]
    [InlineData("tel:999")]
    public void IsSafeLink_AllowedForms_AreSafe(string url) => Assert.True(SafeUrl.IsSafeLink(url));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData(" javascript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("java\nscript:alert(1)")]
    [InlineData("\u0001javascript:alert(1)")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")]
    [InlineData("file:///etc/passwd")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("\\\\evil.example")]
    [InlineData("")]
    [InlineData("   ")]
    public void IsSafeLink_DangerousForms_AreRefused(string url) => Assert.False(SafeUrl.IsSafeLink(url));

    [Theory]
    [InlineData("http://example.org/a.png", false)]
    [InlineData("https://example.org/a.png", true)]
    [InlineData("/assets/a.png", true)]
    [InlineData("data:image/svg+xml,<svg onload=alert(1)>", false)]
    public void IsSafeImage_OnlyHttpsAndRelative(string url, bool safe) => Assert.Equal(safe, SafeUrl.IsSafeImage(url));
}
