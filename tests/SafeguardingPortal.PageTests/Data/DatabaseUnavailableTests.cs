using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SafeguardingPortal.PageTests.Infrastructure;
using SafeguardingPortal.Testing;

namespace SafeguardingPortal.PageTests.Data;

/// <summary>
/// While the database is out of reach (bench/soak.sh restarts PostgreSQL mid-run), people and API clients are told
/// 503 with Retry-After, and still see the numbers to call, rather than a 500 that reads as a fault.
/// </summary>
public sealed class DatabaseUnavailableTests
{
    [Fact]
    public async Task A_database_out_of_reach_is_answered_503_with_a_time_to_try_again()
    {
        var outage = new Outage();
        await using var portal = new PortalFactory
        {
            DatabaseInterceptors = [outage],
        };
        var client = portal.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        outage.Down = true;
        var body = Scenario.All.Single(s => s.Id == "S02").Request.DeepClone().AsObject();
        body["description"] = "The child next door is left alone and hungry every evening.";
        var api = await client.PostAsJsonAsync("/api/v1/concerns", body);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(30), api.Headers.RetryAfter?.Delta);
        Assert.Contains("999", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>Every command fails as a restarting server's would, once switched on.</summary>
    private sealed class Outage : DbCommandInterceptor
    {
        public bool Down { get; set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            Down ? throw new RestartingException() : ValueTask.FromResult(result);
    }

    private sealed class RestartingException() : DbException("the database system is shutting down (Outage)")
    {
        public override bool IsTransient => true;
    }
}
