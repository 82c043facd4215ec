using Microsoft.Extensions.Options;

namespace SafeguardingPortal.Content.Umbraco.Push;

/// <summary>
/// <c>dotnet run -- content push [--dry-run]</c>: makes an Umbraco site hold the portal's document types and the
/// content of <c>content/</c>, so a council can start its Umbraco from it. Running it again writes nothing unless
/// the content changed; <c>--dry-run</c> only reads, and prints what a push would write. Exit code 0 on success, 1
/// when the content has problems or Umbraco refuses, 2 on bad usage or missing settings.
/// </summary>
public static class ContentPushCommand
{
    private const string Usage = "Usage: content push [--dry-run]";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter errors, CancellationToken cancellationToken = default)
    {
        if (args is not ["content", "push", ..] || args.Skip(2).Any(a => a != "--dry-run"))
        {
            await errors.WriteLineAsync(Usage);
            return 2;
        }

        var dryRun = args.Contains("--dry-run");
        var missing = services.GetRequiredService<IOptions<UmbracoPushOptions>>().Value.Missing();
        if (missing.Count > 0)
        {
            await errors.WriteLineAsync($"Set {string.Join(", ", missing)} to push to Umbraco.");
            return 2;
        }

        // Always the content/ folder, whichever source the portal itself reads: the push copies the files into Umbraco.
        var content = services.GetRequiredService<IOptions<ContentOptions>>().Value;
        var files = new FolderContentFiles(Path.Combine(services.GetRequiredService<IHostEnvironment>().ContentRootPath, content.Path));
        var snapshot = ContentLoader.Load(files);
        if (snapshot.Problems.Count > 0)
        {
            foreach (var problem in snapshot.Problems)
            {
                await errors.WriteLineAsync(problem.ToString());
            }

            await errors.WriteLineAsync($"Nothing pushed: the content in {files.Origin} has {snapshot.Problems.Count} problems.");
            return 1;
        }

        using var scope = services.CreateScope();
        var pusher = scope.ServiceProvider.GetRequiredService<ContentPusher>();
        try
        {
            var target = pusher.Target(snapshot, files);
            var changes = await pusher.PlanAsync(target, cancellationToken);
            foreach (var change in changes)
            {
                await output.WriteLineAsync(dryRun ? $"would {change}" : change.ToString());
                if (!dryRun)
                {
                    await pusher.ApplyAsync(change, cancellationToken);
                }
            }

            var summary = $"{target.DocumentTypes.Count} document types and {target.Documents.Count} documents";
            await output.WriteLineAsync(changes.Count == 0 ? $"Umbraco already holds the content: {summary}, nothing to write."
                : dryRun ? $"Dry run: {changes.Count} writes would bring Umbraco up to date ({summary}); nothing was written."
                : $"Pushed {changes.Count} writes: Umbraco holds {summary}.");
            return 0;
        }
        catch (UmbracoPushException ex)
        {
            await errors.WriteLineAsync(ex.Message);
            return 1;
        }
    }
}
