using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Concerns.Reports;
using SafeguardingPortal.PageTests.Infrastructure;
using SafeguardingPortal.Testing;
using SafeguardingPortal.Web.Outbox;

namespace SafeguardingPortal.PageTests.Concerns;

/// <summary><c>POST /api/v1/concerns</c>: saved durably and encrypted, with its notifications in the outbox.</summary>
public sealed partial class SubmitApiTests : IDisposable
{
    private const string Url = "/api/v1/concerns";
    private const string Sentinel = "Zephyrine Quillfeather";
    private readonly PortalFactory portal = new();
    private readonly HttpClient client;

    public SubmitApiTests() => client = portal.CreateBrowserlessClient();

    public void Dispose() => portal.Dispose();

    private static JsonObject Body(string scenario = "S02", Action<JsonObject>? change = null)
    {
        var body = Scenario.All.Single(s => s.Id == scenario).Request.DeepClone().AsObject();
        body["description"] = $"{Sentinel} says the child at 14 Sentinel Court is left alone and hungry every evening.";
        body["reporterContact"] = new JsonObject { ["name"] = Sentinel, ["email"] = "zephyrine@example.org", ["phone"] = "020 7946 0001" };
        body["people"]![0]!["dateOfBirth"] = "2019-01-31";
        change?.Invoke(body);
        return body;
    }

    [Fact]
    public async Task Submit_Is201WithAReferenceAndTheDecision()
    {
        using var response = await client.PostAsJsonAsync(Url, Body());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var result = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Matches(ReferencePattern(), (string)result["reference"]!);
        Assert.Equal("P2", (string?)result["decision"]!["urgency"]);
        Assert.Equal(1, await CountAsync<Concern>());
    }

    /// <summary>Many reports at once (SQLite queues its writers): every one is answered 201 and saved, each once.</summary>
    [Fact]
    public async Task Submit_ManyAtOnce_AreAllSaved()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 40).Select(async _ =>
        {
            using var response = await client.PostAsJsonAsync(Url, Body());
            return (response.StatusCode, (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["reference"]);
        }));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Equal(40, responses.Select(r => r.Item2).Distinct().Count());
        Assert.Equal(40, await CountAsync<Concern>());
    }

    [Fact]
    public async Task Submit_StoresNoneOfItsTextNamesDatesOrPostcodesInTheClear()
    {
        await client.PostAsJsonAsync(Url, Body());

        var raw = await RawRowsAsync("Concerns");

        Assert.Single(raw);
        foreach (var secret in new[] { Sentinel, "Sentinel Court", "zephyrine@example.org", "7946", "2019-01-31", "EC2V7HH", "EC2V 7HH", "hungry" })
        {
            Assert.DoesNotContain(secret, raw[0], StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task StoredAnswers_DecryptForTheService_AndATamperedValueIsDetected()
    {
        await client.PostAsJsonAsync(Url, Body());
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var service = scope.ServiceProvider.GetRequiredService<ConcernService>();
        var concern = await db.Set<Concern>().SingleAsync();

        Assert.Contains(Sentinel, service.ReadAnswers(concern));

        var tampered = concern.ProtectedAnswers.ToCharArray();
        tampered[tampered.Length / 2] = tampered[tampered.Length / 2] == 'A' ? 'B' : 'A';
        var forged = new Concern
        {
            Reference = concern.Reference,
            RulesFired = concern.RulesFired,
            ReferenceDataVersion = concern.ReferenceDataVersion,
            DecisionJson = concern.DecisionJson,
            ProtectedAnswers = new string(tampered),
        };
        Assert.ThrowsAny<CryptographicException>(() => service.ReadAnswers(forged));
    }

    [Fact]
    public async Task Submit_WritesTheNotificationsTheDecisionNeeds()
    {
        // S09: a Corporation colleague, harmer in the same department → children's team, LADO and the safeguarding lead.
        await client.PostAsJsonAsync(Url, Body("S09", b => b["reporterContact"] = new JsonObject { ["name"] = Sentinel, ["email"] = "colleague@example.org" }));

        await using var scope = portal.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<OutboxMessage>().ToListAsync();

        Assert.Contains(rows, r => r.Recipient == "lado@cityoflondon.example");
        Assert.Contains(rows, r => r.Recipient == "safeguarding.lead@cityoflondon.example" && r.Kind == "staff-report-copy");
        Assert.All(rows, r => Assert.Equal(OutboxStatus.Pending, r.Status));
        Assert.All(rows, r => Assert.DoesNotContain(Sentinel, r.TextBody, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dispatcher_SendsEachRowOnceAsAnEmailWithoutTheConcernsDetails()
    {
        using var response = await client.PostAsJsonAsync(Url, Body());
        var reference = (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["reference"]!;
        var dispatcher = portal.Services.GetRequiredService<OutboxDispatcher>();

        await dispatcher.DispatchDueAsync(default);
        await dispatcher.DispatchDueAsync(default);

        // The team's notification, and the acknowledgement to the address the reporter gave.
        var emails = await Task.WhenAll(Directory.GetFiles(portal.OutboxFolder, "*.eml").Select(f => File.ReadAllTextAsync(f)));
        Assert.Equal(2, emails.Length);
        var text = Assert.Single(emails, e => e.Contains("To: children.duty@cityoflondon.gov.uk", StringComparison.Ordinal));
        Assert.Single(emails, e => e.Contains("To: zephyrine@example.org", StringComparison.Ordinal));
        Assert.All(emails, e => Assert.DoesNotContain("hungry", e, StringComparison.Ordinal));
        Assert.Contains(reference, text);
        Assert.Contains("https://portal.test/inbox", text);
        Assert.DoesNotContain(Sentinel, text);
        Assert.DoesNotContain("hungry", text);
        Assert.Equal(0, await CountAsync<OutboxMessage>(m => m.Status != OutboxStatus.Sent));
    }

    [Theory]
    [InlineData("description", "too short")]
    [InlineData("reporterContact.email", "not-an-email")]
    [InlineData("reporterContact.phone", "12")]
    public async Task InvalidSubmission_Is400AndSavesNothing(string field, string value)
    {
        var body = Body(change: b =>
        {
            if (field == "description")
            {
                b["description"] = value;
            }
            else
            {
                b["reporterContact"]![field.Split('.')[1]] = value;
            }
        });

        using var response = await client.PostAsJsonAsync(Url, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![field]);
        Assert.Equal(0, await CountAsync<Concern>());
        Assert.Equal(0, await CountAsync<OutboxMessage>());
    }

    /// <summary>Without submittedAt, a date of birth is judged against the server's clock (the fake 18 November 2026).</summary>
    [Theory]
    [InlineData("2019-01-31", HttpStatusCode.Created)]
    [InlineData("2026-11-19", HttpStatusCode.BadRequest)]
    public async Task DateOfBirth_WithoutSubmittedAt_IsJudgedAgainstNow(string dateOfBirth, HttpStatusCode status)
    {
        var body = Body(change: b =>
        {
            b.Remove("submittedAt");
            b["people"]![0]!["dateOfBirth"] = dateOfBirth;
        });

        using var response = await client.PostAsJsonAsync(Url, body);

        Assert.True(response.StatusCode == status, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("Zoë Ōkubo-Müller")]
    [InlineData("আয়েশা বেগম")]
    [InlineData("Siobhán O'Connor")]
    public async Task UnicodeNames_AreAccepted(string name)
    {
        using var response = await client.PostAsJsonAsync(Url, Body(change: b => b["reporterContact"]!["name"] = name));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task AnonymousSubmissionWithContactDetails_IsRefused()
    {
        using var response = await client.PostAsJsonAsync(Url, Body(change: b => b["reporter"]!["anonymous"] = true));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!["reporterContact"]);
    }

    private async Task<int> CountAsync<T>(Func<T, bool>? where = null)
        where T : class
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<T>().ToListAsync();
        return rows.Count(where ?? (_ => true));
    }

    /// <summary>Each row of a table as the database holds it, every column's value joined into one string.</summary>
    private async Task<List<string>> RawRowsAsync(string table)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var connection = scope.ServiceProvider.GetRequiredService<PortalDbContext>().Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\"";
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }

        return rows;
    }

    [GeneratedRegex("^NTS-[0-9A-HJKMNP-TV-Z]{8}$")]
    private static partial Regex ReferencePattern();
}
