using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using SafeguardingPortal.Content;
using SafeguardingPortal.Features.Concerns.Postcodes;
using SafeguardingPortal.Testing;

namespace SafeguardingPortal.Tests.Concerns;

/// <summary><c>postcodes build-sectors</c> rewrites the shipped file: same rows, a fresh version stamp.</summary>
public sealed class BuildSectorsCommandTests : IDisposable
{
    private readonly ContentCopy content = new();

    public void Dispose() => content.Dispose();

    [Fact]
    public async Task BuildSectors_WritesTheShippedRows_WithTodaysVersion()
    {
        var shipped = File.ReadAllLines(content.File("reference", SectorTableCsv.FileName));
        File.Delete(content.File("reference", SectorTableCsv.FileName));
        using var services = new ServiceCollection()
            .AddSingleton<IHostEnvironment>(new HostingEnvironment { ContentRootPath = RepositoryRoot.Combine("src", "SafeguardingPortal") })
            .Configure<ContentOptions>(o => o.Path = content.Path)
            .AddSingleton<TimeProvider>(new FakeTime(new DateTimeOffset(2027, 1, 15, 12, 0, 0, TimeSpan.Zero)))
            .BuildServiceProvider();

        var exit = await PostcodesCommand.RunAsync(services, ["postcodes", "build-sectors", SharedRouting.Path("postcode-sectors-gb.json")]);

        var written = File.ReadAllLines(content.File("reference", SectorTableCsv.FileName));
        Assert.Equal(0, exit);
        Assert.Equal(shipped.SkipWhile(l => l.StartsWith('#')), written.SkipWhile(l => l.StartsWith('#')));
        Assert.Contains("# version: 2027-01-15", written);
        Assert.Contains("# lastVerified: 2027-01-15", written);
        Assert.Contains(written, l => l.StartsWith("# Source: ", StringComparison.Ordinal) && l.Contains("Open Government Licence", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Postcodes_WithoutAKnownSubcommand_ShowsUsage()
    {
        using var services = new ServiceCollection().BuildServiceProvider();

        Assert.Equal(2, await PostcodesCommand.RunAsync(services, ["postcodes", "build"]));
    }
}
