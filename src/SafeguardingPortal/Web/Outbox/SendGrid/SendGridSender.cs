using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace SafeguardingPortal.Web.Outbox.SendGrid;

/// <summary>
/// Sends an outbox message with SendGrid's v3 Mail Send API (<c>POST /v3/mail/send</c>), through the retrying
/// handler (<see cref="SendGridResilience"/>). Tracking is off (no rewritten links or pixels in safeguarding email),
/// and each message carries its outbox row's id as <c>notification_id</c> so the event webhook can find the row.
/// </summary>
public sealed class SendGridSender(HttpClient http, IOptions<SendGridOptions> options, IOptions<EmailOptions> email) : IEmailSender
{
    private static readonly HttpStatusCode[] Refusals = [HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.RequestEntityTooLarge];

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.Value.BaseUrl, "v3/mail/send"))
        {
            Content = JsonContent.Create(Body(message, email.Value.From)),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Value.ApiKey);
        using var response = await http.SendAsync(request, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        // The status only: SendGrid's error body can quote the addresses it did not like.
        var reason = $"SendGrid answered {(int)response.StatusCode}";
        throw Refusals.Contains(response.StatusCode) ? new EmailRefusedException(reason) : new HttpRequestException(reason, null, response.StatusCode);
    }

    public static JsonObject Body(OutboxMessage message, string from)
    {
        var content = new JsonArray { new JsonObject { ["type"] = "text/plain", ["value"] = message.TextBody } };
        if (message.HtmlBody is not null)
        {
            content.Add(new JsonObject { ["type"] = "text/html", ["value"] = message.HtmlBody });
        }

        return new JsonObject
        {
            ["personalizations"] = new JsonArray { new JsonObject { ["to"] = new JsonArray { new JsonObject { ["email"] = message.Recipient } } } },
            ["from"] = new JsonObject { ["email"] = from, ["name"] = "Notice the Signs" },
            ["subject"] = message.Subject,
            ["content"] = content,
            ["tracking_settings"] = new JsonObject
            {
                ["click_tracking"] = new JsonObject { ["enable"] = false, ["enable_text"] = false },
                ["open_tracking"] = new JsonObject { ["enable"] = false },
            },
            ["custom_args"] = new JsonObject { ["notification_id"] = message.Id.ToString() },
        };
    }
}
