using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Web.Outbox.Events;

namespace SafeguardingPortal.Tests.Web.Outbox;

/// <summary>
/// A webhook body Kestrel stops reading (over 1 MB, or cut short) is answered with Kestrel's own status, not logged as
/// an unhandled exception (bench/fuzz.sh). The body is never read past the point, so nothing reaches the events store.
/// </summary>
public class SendGridWebhookBodyTests
{
    [Theory]
    [InlineData(StatusCodes.Status413PayloadTooLarge)]
    [InlineData(StatusCodes.Status400BadRequest)]
    public async Task A_body_the_server_stops_reading_is_answered_with_its_status(int status)
    {
        var http = new DefaultHttpContext();
        http.Request.Body = new UnreadableBody(new BadHttpRequestException("Request body too large.", status));
        var options = Options.Create(new WebhookOptions { WebhookVerificationKey = "key" });

        var result = await SendGridWebhook.ReceiveAsync(http.Request, options, TimeProvider.System, events: null!, NullLoggerFactory.Instance, default);

        Assert.Equal(status, Assert.IsType<StatusCodeHttpResult>(result).StatusCode);
    }

    private sealed class UnreadableBody(Exception failure) : MemoryStream
    {
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => throw failure;

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => throw failure;
    }
}
