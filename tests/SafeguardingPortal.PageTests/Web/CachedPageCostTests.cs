using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SafeguardingPortal.Data;
using SafeguardingPortal.PageTests.Infrastructure;

namespace SafeguardingPortal.PageTests.Web;

/// <summary>
/// A public page served from the output cache does no database work, not even building a context: an authorization
/// handler that took one in its constructor made every request build one, and halved the cached home page's
/// throughput (bench/home-vs-nginx.sh).
/// </summary>
public sealed class CachedPageCostTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/signs-of-abuse/children")]
    [InlineData("/bn")]
    public async Task A_cached_public_page_builds_no_database_context(string path)
    {
        var contexts = new ContextsBuilt();
        await using var portal = new PortalFactory { ExtraServices = contexts.CountIn };
        var client = portal.CreateBrowserlessClient();
        (await client.GetAsync(path)).EnsureSuccessStatusCode();

        contexts.Reset();
        using var cached = await client.GetAsync(path);

        Assert.True(cached.Headers.Age.HasValue, "the second request is served from the output cache");
        Assert.Equal(0, contexts.Count);

        // The count sees contexts that are built: the readiness check uses one.
        (await client.GetAsync("/health/ready")).Dispose();
        Assert.True(contexts.Count > 0, "the readiness check's database context was not counted");
    }

    private sealed class ContextsBuilt
    {
        private int count;

        public int Count => Volatile.Read(ref count);

        public void Reset() => Interlocked.Exchange(ref count, 0);

        /// <summary>Builds <see cref="PortalDbContext"/> as the portal registered it, counting each one.</summary>
        public void CountIn(IServiceCollection services)
        {
            var registered = services.Single(d => d.ServiceType == typeof(PortalDbContext));
            var implementation = registered.ImplementationType!;
            services.Replace(ServiceDescriptor.Scoped<PortalDbContext>(sp =>
            {
                Interlocked.Increment(ref count);
                return (PortalDbContext)ActivatorUtilities.CreateInstance(sp, implementation);
            }));
        }
    }
}
