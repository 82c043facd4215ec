using System.Net;
using System.Text;
using SafeguardingPortal.Testing;

namespace SafeguardingPortal.PageTests.Notifications;

/// <summary>The fake SendGrid judges bodies by the contract's schema: otherwise "the bodies validate" would prove nothing.</summary>
public sealed class FakeSendGridTests
{
    [Fact]
    public async Task It_rejects_a_body_the_schema_does_not_allow_and_accepts_a_valid_one()
    {
        await using var fake = await FakeSendGrid.StartAsync();
        using var http = new HttpClient();

        using var invalid = await PostAsync(http, fake, """{"personalizations":[{}],"from":{"email":"not-an-email"},"mail_settings":{"sandbox_mode":{"enable":"true"}}}""");
        using var valid = await PostAsync(http, fake, """{"personalizations":[{"to":[{"email":"a@b.example"}]}],"from":{"email":"f@b.example"},"subject":"s","content":[{"type":"text/plain","value":"x"}]}""");
        using var htmlFirst = await PostAsync(http, fake, """{"personalizations":[{"to":[{"email":"a@b.example"}]}],"from":{"email":"f@b.example"},"subject":"s","content":[{"type":"text/html","value":"<p>x</p>"},{"type":"text/plain","value":"x"}]}""");

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("must have required property 'to'", errors, StringComparison.Ordinal);
        Assert.Contains("must match format", errors, StringComparison.Ordinal);
        Assert.Contains("must be boolean", errors, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Accepted, valid.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, htmlFirst.StatusCode);
        Assert.Single(await fake.AcceptedAsync());
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient http, FakeSendGrid fake, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(fake.BaseUrl, "v3/mail/send"))
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "SG.test");
        return await http.SendAsync(request);
    }
}
