using Microsoft.Extensions.Options;
using SafeguardingPortal.PageTests.Infrastructure;
using SafeguardingPortal.Testing;

namespace SafeguardingPortal.PageTests.Web;

/// <summary>The portal refuses to start with reference data that is missing a number people need, or a council.</summary>
public sealed class StartupValidationTests : IDisposable
{
    private readonly ContentCopy content = new();

    public void Dispose() => content.Dispose();

    [Fact]
    public void Start_WithoutTheChildrensOutOfHoursNumber_Fails()
    {
        content.Edit("reference/contacts.yml", text => text.Replace("    outOfHoursPhone: 020 8356 2710\n", "", StringComparison.Ordinal));
        using var portal = new PortalFactory { ContentPath = content.Path };

        var error = Assert.Throws<OptionsValidationException>(() => portal.CreateBrowserlessClient());

        Assert.Contains("the children's and adults' teams need an outOfHoursPhone", error.Message);
    }

    [Fact]
    public void Start_WithACountyMissingFromTheAuthorityRegister_Fails()
    {
        content.Edit("reference/authorities.csv", text => text.Replace("E10000016,Kent,county,\n", "", StringComparison.Ordinal));
        using var portal = new PortalFactory { ContentPath = content.Path };

        var error = Assert.Throws<OptionsValidationException>(() => portal.CreateBrowserlessClient());

        Assert.Contains("E07000111 Sevenoaks: a shire district names a county of the register", error.Message);
    }
}
