using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SafeguardingPortal.Data;
using SafeguardingPortal.PageTests.Concerns.Journey;
using SafeguardingPortal.PageTests.Infrastructure;
using SafeguardingPortal.Testing;
using SafeguardingPortal.Web.Outbox;

namespace SafeguardingPortal.PageTests.Concerns;

/// <summary>
/// security.md §16: names and words from a report never reach a log line or an email. Sentinel strings go in
/// through the web journey and the API; every log line at every level, and every email, is searched for them.
/// </summary>
public sealed class SentinelLeakTests : IDisposable
{
    private const string Name = "Quenby Marchbanks";
    private const string Words = "xylophone-tangerine";
    private const string Email = "quenby.marchbanks@example.org";
    private const string Phone = "020 7946 0999";

    private readonly CapturedLog log = new();
    private readonly PortalFactory portal;

    public SentinelLeakTests()
    {
        portal = new PortalFactory { ExtraServices = services => services.AddSingleton<ILoggerProvider>(log) };
        portal.Settings["Logging:LogLevel:Default"] = "Trace";
    }

    public void Dispose() => portal.Dispose();

    [Fact]
    public async Task No_log_line_and_no_email_carries_what_a_reporter_wrote()
    {
        var body = Scenario.All.Single(s => s.Id == "S02").Request.DeepClone().AsObject();
        body["description"] = $"{Name} told me about the {Words} at the flat, and the child is left alone every evening.";
        body["reporterContact"] = new System.Text.Json.Nodes.JsonObject { ["name"] = Name, ["email"] = Email, ["phone"] = Phone };
        using (var response = await portal.CreateBrowserlessClient().PostAsJsonAsync("/api/v1/concerns", body))
        {
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        var web = new JourneyClient(portal.CreateBrowserlessClient());
        await web.StartAsync();
        await web.PersonAsync(7, "ec2v7hh", "atHome", "neglect");
        for (var i = 0; i < 5; i++)
        {
            await web.ChooseAsync("no");
        }

        await web.AnswerAsync(("description", $"{Name} says the {Words} keep the child awake and hungry."));
        await web.ChooseAsync("no");
        Assert.Equal("/report/check-answers", web.Path);
        portal.Time.Now += TimeSpan.FromMinutes(6);
        await web.AnswerAsync();
        Assert.Equal("/report/confirmation", web.Path);

        await using (var scope = portal.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(default);
        }

        Assert.NotEmpty(log.Lines);
        foreach (var sentinel in new[] { Name, "Quenby", "Marchbanks", Words, Email, "7946 0999" })
        {
            Assert.DoesNotContain(log.Lines, line => line.Contains(sentinel, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(await EmailsAsync(), email => email.Contains(sentinel, StringComparison.OrdinalIgnoreCase));
        }
    }

    private async Task<List<string>> EmailsAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<OutboxMessage>().Select(m => m.Subject + "\n" + m.TextBody + "\n" + m.HtmlBody).ToListAsync();

        // The acknowledgement is addressed to the reporter, so only its To: header may carry their address.
        var files = Directory.Exists(portal.OutboxFolder)
            ? Directory.GetFiles(portal.OutboxFolder).Select(f => string.Join('\n', File.ReadAllLines(f).Where(line => !line.StartsWith("To:", StringComparison.Ordinal))))
            : [];
        return [.. rows, .. files];
    }

    /// <summary>Every log line at every level, with its exception and scopes.</summary>
    private sealed class CapturedLog : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> lines = new();

        public IReadOnlyCollection<string> Lines => lines;

        public ILogger CreateLogger(string categoryName) => new Logger(lines, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<string> lines, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull
            {
                lines.Enqueue($"{category} scope: {state}");
                return null;
            }

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{category} {logLevel}: {formatter(state, exception)} {state} {exception}");
        }
    }
}
