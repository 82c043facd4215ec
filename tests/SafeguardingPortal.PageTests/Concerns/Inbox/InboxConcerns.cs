using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Concerns.Postcodes;
using SafeguardingPortal.Features.Concerns.Reports;
using SafeguardingPortal.Features.Concerns.Routing;
using SafeguardingPortal.PageTests.Infrastructure;
using SafeguardingPortal.Testing;

namespace SafeguardingPortal.PageTests.Concerns.Inbox;

/// <summary>Concerns submitted through the real service (routed, encrypted, notified), and the people who work on them.</summary>
public static class InboxConcerns
{
    /// <summary>Written into every description and contact, so a test can look for it where it must not be.</summary>
    public const string Sentinel = "Zephyrine Quillfeather";

    /// <summary>Submits a routing scenario (S02: a child, the children's team, P2; S35: an adult, the adults' team).</summary>
    public static async Task<string> SubmitAsync(PortalFactory portal, string scenario, string? quarantineReason = null, string? source = null)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var body = Scenario.All.Single(s => s.Id == scenario).Request.DeepClone().AsObject();
        body.Remove("submittedAt");
        using var document = JsonDocument.Parse(body.ToJsonString());
        var data = await services.GetRequiredService<RoutingDataProvider>()
            .ForAsync(RoutingDataProvider.PostcodesIn(document.RootElement), services.GetRequiredService<ImportedPostcodes>(), default);
        var errors = new RequestErrors();
        var (request, _) = new RoutingRequestReader(data).Read(document.RootElement, portal.Time.GetUtcNow(), errors);
        Assert.False(errors.Any, scenario);
        var submitted = await services.GetRequiredService<ConcernService>().SubmitAsync(
            new SubmitConcernOptions(request!, $"{Sentinel} says the person at 14 Sentinel Court is left alone and hungry.", new ReporterContact(Sentinel, "zephyrine@example.org", null), QuarantineReason: quarantineReason, Source: source, Routing: data),
            default);
        return submitted.Reference;
    }

    public static Task<PortalUser> MemberAsync(PortalFactory portal, PortalRole team) =>
        TestUsers.CreateAsync(portal, roles: [(PortalRole.Staff, null), (team, team.ToString())]);

    public static Task<PortalUser> ManagerAsync(PortalFactory portal, PortalRole team) =>
        TestUsers.CreateAsync(portal, roles: [(PortalRole.Staff, null), (team, team.ToString()), (PortalRole.TeamManager, team.ToString())]);

    public static Task<PortalUser> LeadAsync(PortalFactory portal) =>
        TestUsers.CreateAsync(portal, roles: [(PortalRole.Staff, null), (PortalRole.SafeguardingLead, null)]);

    public static async Task<T> InDatabaseAsync<T>(PortalFactory portal, Func<PortalDbContext, Task<T>> read)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    public static Task<Concern> ConcernAsync(PortalFactory portal, string reference) =>
        InDatabaseAsync(portal, db => db.Set<Concern>().Include(c => c.Destinations).SingleAsync(c => c.Reference == reference));

    /// <summary>Each row of a table as the database holds it, every column's value joined into one string.</summary>
    public static Task<List<string>> RawRowsAsync(PortalFactory portal, string table) => InDatabaseAsync(portal, async db =>
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\"";
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
        }

        return rows;
    });
}
