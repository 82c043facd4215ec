using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SafeguardingPortal.Testing;

/// <summary>
/// One mail send as the fake saw it: when (ms since the Unix epoch), its answer, the key it came with, its
/// notification_id, and how many sends were in flight when it arrived.
/// </summary>
public sealed record SendGridRequest(long At, int Status, string? ApiKey, string? NotificationId, int Concurrent);

/// <summary>An answer the fake gives instead of judging the body: 400/401/413/429/503…; a 429 names a reset this many seconds on.</summary>
public sealed record ScriptedAnswer(int Status, int ResetSeconds = 1);

/// <summary>
/// A SendGrid-compatible Mail Send server (tests/Shared/SendGrid/fake-sendgrid.mjs), run by Node on a loopback
/// port. It validates every body against the contract's JSON Schema in <c>../shared/contracts/sendgrid/</c>, answers
/// 202 or 400, can be scripted to refuse or fail the next requests, and keeps what it accepted.
/// </summary>
public sealed class FakeSendGrid : IAsyncDisposable
{
    private readonly HttpClient control = new();
    private LoopbackNodeServer server = null!;

    /// <summary>The contract, from the <c>shared/</c> folder beside the repository; never copied into it.</summary>
    public static string SchemaPath => SharedContracts.Path("sendgrid", "mail-send-request.schema.json");

    public Uri BaseUrl => server.BaseUrl;

    /// <summary>Everything the fake wrote to stderr (the bodies it rejected and why), for assertion messages.</summary>
    public string Log => server.Log;

    public static async Task<FakeSendGrid> StartAsync()
    {
        var fake = new FakeSendGrid();
        fake.server = await LoopbackNodeServer.StartAsync(
            "tests/Shared/SendGrid/fake-sendgrid.mjs", "FAKE_SENDGRID_CONFIG", new { schemaPath = SchemaPath, exitWithStdin = true });
        return fake;
    }

    public async Task ScriptAsync(params ScriptedAnswer[] answers) =>
        (await control.PostAsJsonAsync(new Uri(BaseUrl, "control/script"), new { answers = answers.Select(a => new { status = a.Status, resetSeconds = a.ResetSeconds }) })).EnsureSuccessStatusCode();

    /// <summary>Makes every mail send wait this long before it is answered.</summary>
    public async Task DelayAsync(TimeSpan delay) =>
        (await control.PostAsJsonAsync(new Uri(BaseUrl, "control/delay"), new { ms = (int)delay.TotalMilliseconds })).EnsureSuccessStatusCode();

    /// <summary>Holds each mail send until this many are in flight together (or 5 s pass), then answers them all.</summary>
    public async Task HoldAsync(int until) =>
        (await control.PostAsJsonAsync(new Uri(BaseUrl, "control/hold"), new { until })).EnsureSuccessStatusCode();

    public async Task<IReadOnlyList<JsonObject>> AcceptedAsync() =>
        [.. (await control.GetFromJsonAsync<JsonArray>(new Uri(BaseUrl, "control/accepted")))!.Select(b => b!.AsObject())];

    public async Task<IReadOnlyList<SendGridRequest>> RequestsAsync() =>
        (await control.GetFromJsonAsync<List<SendGridRequest>>(new Uri(BaseUrl, "control/requests"), JsonSerializerOptions.Web))!;

    public async ValueTask DisposeAsync()
    {
        control.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
