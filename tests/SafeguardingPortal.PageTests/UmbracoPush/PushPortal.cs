using SafeguardingPortal.Content.Umbraco.Push;
using SafeguardingPortal.PageTests.Infrastructure;
using SafeguardingPortal.Testing;

namespace SafeguardingPortal.PageTests.UmbracoPush;

/// <summary>The portal's services pointed at a fake Umbraco on loopback, running <c>content push</c> in-process as Program.cs does.</summary>
public sealed class PushPortal : IAsyncDisposable
{
    private PushPortal(FakeUmbracoManagement umbraco, PortalFactory portal)
    {
        Umbraco = umbraco;
        Portal = portal;
    }

    public FakeUmbracoManagement Umbraco { get; }

    public PortalFactory Portal { get; }

    public static async Task<PushPortal> StartAsync(string? contentPath = null, string? clientSecret = null)
    {
        var umbraco = await FakeUmbracoManagement.StartAsync();
        var portal = new PortalFactory { ContentPath = contentPath ?? RepositoryRoot.Combine("content") };
        foreach (var (key, value) in umbraco.Settings)
        {
            portal.Settings[key] = value;
        }

        portal.Settings["Umbraco:RetryDelay"] = "00:00:00.010";
        if (clientSecret is not null)
        {
            portal.Settings["Umbraco:ClientSecret"] = clientSecret;
        }

        return new PushPortal(umbraco, portal);
    }

    public async Task<PushRun> RunAsync(params string[] options)
    {
        var before = (await Umbraco.RequestsAsync()).Count;
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exit = await ContentPushCommand.RunAsync(Portal.Services, ["content", "push", .. options], output, errors);
        var requests = (await Umbraco.RequestsAsync()).Skip(before).ToList();
        return new PushRun(exit, output.ToString(), errors.ToString(), requests);
    }

    public async ValueTask DisposeAsync()
    {
        await Portal.DisposeAsync();
        await Umbraco.DisposeAsync();
    }
}

/// <summary>One run of the command: its exit code, what it printed, and the requests Umbraco received during it.</summary>
public sealed record PushRun(int Exit, string Output, string Errors, IReadOnlyList<UmbracoRequest> Requests)
{
    public override string ToString() => $"exit {Exit}\n{Output}\n{Errors}\n{string.Join('\n', Requests.Where(r => !r.Valid || r.Status >= 400 && r.Status != 404))}";
}
