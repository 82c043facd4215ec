using System.Net;
using SafeguardingPortal.Web;

namespace SafeguardingPortal.Tests.Web;

/// <summary>The retry policy of the Umbraco clients: blips are retried, judgements are not.</summary>
public sealed class HttpRetryTests
{
    [Theory]
    [InlineData(HttpStatusCode.RequestTimeout)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    public async Task A_blip_is_retried_until_the_answer_comes(HttpStatusCode blip)
    {
        var server = new Answers(blip, blip, HttpStatusCode.OK);
        using var client = Client(server, retries: 3);

        using var response = await client.GetAsync(new Uri("https://umbraco.test/"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, server.Requests);
    }

    [Fact]
    public async Task A_network_error_is_retried()
    {
        var server = new Answers(null, HttpStatusCode.OK);
        using var client = Client(server, retries: 3);

        using var response = await client.GetAsync(new Uri("https://umbraco.test/"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, server.Requests);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.Conflict)]
    public async Task A_request_the_service_has_judged_is_not_retried(HttpStatusCode judged)
    {
        var server = new Answers(judged, HttpStatusCode.OK);
        using var client = Client(server, retries: 3);

        using var response = await client.GetAsync(new Uri("https://umbraco.test/"));

        Assert.Equal(judged, response.StatusCode);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task After_its_retries_the_last_answer_is_returned()
    {
        var server = new Answers(Enumerable.Repeat<HttpStatusCode?>(HttpStatusCode.ServiceUnavailable, 10).ToArray());
        using var client = Client(server, retries: 2);

        using var response = await client.GetAsync(new Uri("https://umbraco.test/"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(3, server.Requests);
    }

    private static HttpClient Client(Answers server, int retries) =>
        new(new ResilienceHandler(HttpRetry.Pipeline(retries, TimeSpan.FromMilliseconds(1))) { InnerHandler = server });

    /// <summary>Answers each request with the next status; null is a network error.</summary>
    private sealed class Answers(params HttpStatusCode?[] statuses) : HttpMessageHandler
    {
        public int Requests { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var status = statuses[Requests++];
            return status is { } answer
                ? Task.FromResult(new HttpResponseMessage(answer))
                : Task.FromException<HttpResponseMessage>(new HttpRequestException("connection refused"));
        }
    }
}
