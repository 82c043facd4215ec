using System.Text;
using SafeguardingPortal.Web.Outbox.Events;

namespace SafeguardingPortal.Tests.Web.Outbox;

/// <summary>Signed but hostile SendGrid event batches (bench/fuzz.sh found each as a 500): read or refused, never thrown.</summary>
public class WebhookEventTests
{
    private static List<WebhookEvent>? Read(string json) => WebhookEvent.ReadBatch(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void A_timestamp_that_is_not_a_number_reads_as_unknown()
    {
        var read = Assert.Single(Read("""[{"sg_event_id":"e1","event":"delivered","timestamp":"soon"}]""")!);
        Assert.Equal(DateTimeOffset.UnixEpoch, read.OccurredAt);
    }

    [Fact]
    public void An_escaped_lone_surrogate_makes_the_batch_unreadable() =>
        Assert.Null(Read("""[{"sg_event_id":"\ud800","event":"delivered","timestamp":1}]"""));

    [Fact]
    public void Text_with_a_NUL_is_not_taken()
    {
        Assert.Empty(Read("""[{"sg_event_id":"e\u0000","event":"delivered","timestamp":1}]""")!);
        Assert.Null(Assert.Single(Read("""[{"sg_event_id":"e2","event":"delivered","notification_id":"\u0000"}]""")!).NotificationId);
    }
}
