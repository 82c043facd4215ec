using Microsoft.Extensions.Options;

namespace SafeguardingPortal.Content.Umbraco;

/// <summary>
/// The documents last read from Umbraco, per language, and the content snapshot made from them. A full read
/// replaces them all; a webhook re-reads or removes one document. Good documents are shared through the database
/// (<see cref="SharedDocuments"/>), so every instance serves the same content. Whatever fails, the last good content
/// stays in place (before any good read, the embedded <c>content/</c>), and the failure is kept for the health check.
/// </summary>
public sealed class UmbracoContent(ContentStore store, ContentMedia media, IServiceScopeFactory scopes, IOptions<UmbracoOptions> options, TimeProvider time, ILogger<UmbracoContent> logger) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private Dictionary<string, Dictionary<Guid, DeliveryItem>>? documents;
    private long sharedVersion;

    /// <summary>When content was last read successfully, and the last failure since then (null when the last read worked).</summary>
    public (DateTimeOffset? LastRead, string? Failure) Status { get; private set; }

    public async Task RefreshAllAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var client = Client(out var scope);
            using (scope)
            {
                var read = new Dictionary<string, Dictionary<Guid, DeliveryItem>>();
                foreach (var (language, culture) in options.Value.Cultures)
                {
                    // By id, the later copy winning: a document that moved while the pages were read may come twice.
                    read[language] = [];
                    foreach (var document in await client.AllAsync(culture, cancellationToken))
                    {
                        read[language][document.Id] = document;
                    }
                }

                await FetchMediaAsync(client, read, cancellationToken);
                await PublishAsync(read, scope, share: true, cancellationToken);
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Whatever went wrong (unreachable, timed out, an answer not as expected), the last good content stays.
            Failed(ex);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>After a webhook: reads one document again in every language (removing it where it is no longer published).</summary>
    public async Task RefreshItemAsync(Guid id, bool removed, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (documents is null)
            {
                return; // Nothing read yet: the full read that is due will bring it.
            }

            var client = Client(out var scope);
            using (scope)
            {
                var next = documents.ToDictionary(d => d.Key, d => new Dictionary<Guid, DeliveryItem>(d.Value));
                foreach (var (language, culture) in options.Value.Cultures)
                {
                    next[language].Remove(id);
                    if (!removed && await client.ItemAsync(id, culture, cancellationToken) is { } item)
                    {
                        next[language][id] = item;
                    }
                }

                await FetchMediaAsync(client, next, cancellationToken);
                await PublishAsync(next, scope, share: true, cancellationToken);
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Whatever went wrong (unreachable, timed out, an answer not as expected), the last good content stays.
            Failed(ex);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Start-up stopped waiting for the first read: <c>content/</c> is served until a read succeeds.</summary>
    public void StartupWaitEnded() => Failed(new TimeoutException($"no answer within {options.Value.StartupWait}"));

    public void Dispose() => gate.Dispose();

    private DeliveryApiClient Client(out IServiceScope scope)
    {
        scope = scopes.CreateScope();
        return scope.ServiceProvider.GetRequiredService<DeliveryApiClient>();
    }

    /// <summary>Takes up the documents another instance stored, if they are newer than this instance's.</summary>
    public async Task SyncFromSharedAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var client = Client(out var scope);
            using (scope)
            {
                var shared = scope.ServiceProvider.GetRequiredService<SharedDocuments>();
                if (await shared.VersionAsync(cancellationToken) <= sharedVersion)
                {
                    return;
                }

                var (version, stored) = await shared.ReadAsync(cancellationToken);
                await FetchMediaAsync(client, stored, cancellationToken);
                if (await PublishAsync(stored, scope, share: false, cancellationToken))
                {
                    sharedVersion = version;
                }
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Shared Umbraco content not read ({Error}: {Message})", ex.GetType().Name, ex.Message);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<bool> PublishAsync(Dictionary<string, Dictionary<Guid, DeliveryItem>> read, IServiceScope scope, bool share, CancellationToken cancellationToken)
    {
        var (files, skipped) = DeliveryFiles.For(read.ToDictionary(r => r.Key, r => (IReadOnlyList<DeliveryItem>)[.. r.Value.Values]), media.UrlOf);
        foreach (var note in skipped)
        {
            logger.LogInformation("Umbraco content skipped: {Note}", note);
        }

        var origin = $"Umbraco at {options.Value.DeliveryUrl}";
        if (!store.Publish(ContentLoader.Load(new OverlayContentFiles(store.Folder, files, DeliveryFiles.Folders, origin))))
        {
            Status = Status with { Failure = $"content problems at {time.GetUtcNow():u} (see the log)" };
            return false;
        }

        documents = read;
        if (share)
        {
            sharedVersion = await scope.ServiceProvider.GetRequiredService<SharedDocuments>().WriteAsync(read, cancellationToken);
            Status = (time.GetUtcNow(), null);
        }

        return true;
    }

    /// <summary>Fetches the posters' artwork not fetched yet; one that cannot be had leaves its poster with the placeholder.</summary>
    private async Task FetchMediaAsync(DeliveryApiClient client, Dictionary<string, Dictionary<Guid, DeliveryItem>> read, CancellationToken cancellationToken)
    {
        var images = read.Values.SelectMany(d => d.Values).Where(d => d.ContentType == DocumentTypeAliases.Poster)
            .Select(d => d.Image("artwork")).OfType<(Guid Id, string Url, string Extension)>().DistinctBy(i => i.Id);
        foreach (var image in images.Where(i => media.UrlOf(i.Id, i.Url) is null))
        {
            try
            {
                if (!media.TryAdd(image.Id, image.Url, await client.MediaAsync(image.Url, ContentMedia.MaxBytes, cancellationToken)))
                {
                    logger.LogWarning("Umbraco media {Id} is not a PNG, JPEG, GIF or WebP image of at most 5 MB: not shown", image.Id);
                }
            }
            catch (HttpRequestException ex)
            {
                logger.LogWarning("Umbraco media {Id} not fetched ({Error}): the poster shows its placeholder", image.Id, ex.Message);
            }
        }
    }

    private void Failed(Exception ex)
    {
        logger.LogWarning("Umbraco content not read ({Error}: {Message}); the last good content is still served", ex.GetType().Name, ex.Message);
        Status = Status with { Failure = $"{ex.GetType().Name} at {time.GetUtcNow():u}" };
    }
}
