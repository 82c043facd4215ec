using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafeguardingPortal.Features.Concerns.Inbox;
using SafeguardingPortal.Features.Concerns.Routing;
using SafeguardingPortal.PageTests.Concerns.Inbox;
using SafeguardingPortal.PageTests.Infrastructure;
using SafeguardingPortal.Web.Monitoring;
using SafeguardingPortal.Web.Outbox;

namespace SafeguardingPortal.PageTests.Web;

/// <summary>
/// The metrics docs/operations.md says to watch: reports as they are saved, quarantine, the outbox's backlog and the
/// age of its oldest email, and overdue cases, each equal to what the database holds.
/// </summary>
public sealed class PortalMetricsTests
{
    [Fact]
    public async Task Saved_reports_are_counted_and_the_backlogs_are_the_database_s()
    {
        await using var portal = new PortalFactory();
        using var measured = new Measured(portal.Services.GetRequiredService<IMeterFactory>());

        var routed = await InboxConcerns.SubmitAsync(portal, "S02");
        await InboxConcerns.SubmitAsync(portal, "S02", quarantineReason: "honeypot");
        var concern = await InboxConcerns.ConcernAsync(portal, routed);
        var emails = await InboxConcerns.InDatabaseAsync(portal, db => db.Set<OutboxMessage>().CountAsync());
        await InboxConcerns.InDatabaseAsync(portal, async db =>
        {
            db.Add(new TeamCase { Id = Guid.NewGuid(), ConcernId = concern.Id, Team = Team.Children, Status = CaseStatus.New });
            return await db.SaveChangesAsync();
        });

        var submitted = measured.Values.Where(m => m.Name == "portal.concerns.submitted").ToList();
        Assert.Equal(2, submitted.Count);
        Assert.Equal([false, true], submitted.Select(m => (bool)m.Tags["quarantined"]!));
        Assert.All(submitted, m => Assert.Equal(concern.Urgency.ToString(), m.Tags["urgency"]));
        Assert.DoesNotContain(submitted.SelectMany(m => m.Tags.Values), v => v is string s && s.Contains(routed, StringComparison.Ordinal));

        // Ten days on: the routed report's case is past its deadline, and its emails have waited all that time.
        portal.Time.Now += TimeSpan.FromDays(10);
        await portal.Services.GetRequiredService<BacklogSampler>().SampleAsync(default);
        var gauges = measured.Gauges();

        Assert.Equal(1d, gauges["portal.concerns.quarantined"]);
        Assert.Equal(1d, gauges["portal.concerns.overdue"]);
        Assert.True(emails > 0);
        Assert.Equal(emails, gauges["portal.outbox.pending"]);
        Assert.Equal(TimeSpan.FromDays(10).TotalSeconds, gauges["portal.outbox.oldest_pending_age"]);
        Assert.Equal(0d, gauges["portal.outbox.failed"]);
    }

    /// <summary>Listens to this host's meters only: other tests' portals share the process and the meter's name.</summary>
    private sealed class Measured : IDisposable
    {
        private readonly MeterListener listener = new();
        private readonly List<(string Name, double Value, Dictionary<string, object?> Tags)> values = [];

        public Measured(IMeterFactory host)
        {
            listener.InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == PortalMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, host))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            };
            listener.SetMeasurementEventCallback<long>((i, v, tags, _) => Record(i, v, tags));
            listener.SetMeasurementEventCallback<int>((i, v, tags, _) => Record(i, v, tags));
            listener.SetMeasurementEventCallback<double>((i, v, tags, _) => Record(i, v, tags));
            listener.Start();
        }

        public IReadOnlyList<(string Name, double Value, Dictionary<string, object?> Tags)> Values
        {
            get
            {
                lock (values)
                {
                    return [.. values];
                }
            }
        }

        /// <summary>Each gauge's value now.</summary>
        public Dictionary<string, double> Gauges()
        {
            lock (values)
            {
                values.Clear();
            }

            listener.RecordObservableInstruments();
            return Values.ToDictionary(m => m.Name, m => m.Value);
        }

        public void Dispose() => listener.Dispose();

        private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var copy = new Dictionary<string, object?>();
            foreach (var tag in tags)
            {
                copy[tag.Key] = tag.Value;
            }

            lock (values)
            {
                values.Add((instrument.Name, value, copy));
            }
        }
    }
}
