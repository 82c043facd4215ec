using Microsoft.Extensions.Options;
using SafeguardingPortal.PageTests.Infrastructure;
using SafeguardingPortal.Testing;

namespace SafeguardingPortal.PageTests.Web;

/// <summary>The portal refuses to start with reference data that is missing a number people need.</summary>
public sealed class StartupValidationTests : IDisposable
{
    private readonly DirectoryInfo content = Directory.CreateTempSubdirectory("nts-content-");

    public StartupValidationTests()
    {
        foreach (var file in Directory.EnumerateFiles(RepositoryRoot.Combine("content"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(content.FullName, Path.GetRelativePath(RepositoryRoot.Combine("content"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose() => content.Delete(recursive: true);

    [Fact]
    public void Start_WithoutTheChildrensOutOfHoursNumber_Fails()
    {
        var contacts = Path.Combine(content.FullName, "reference", "contacts.yml");
        File.WriteAllText(contacts, File.ReadAllText(contacts).Replace("    outOfHoursPhone: 020 8356 2710\n", "", StringComparison.Ordinal));
        using var portal = new PortalFactory { ContentPath = content.FullName };

        var error = Assert.Throws<OptionsValidationException>(() => portal.CreateBrowserlessClient());

        Assert.Contains("the children's and adults' teams need an outOfHoursPhone", error.Message);
    }
}
