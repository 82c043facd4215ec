using Microsoft.AspNetCore.Routing.Template;

namespace SafeguardingPortal.Content;

/// <summary><c>dotnet run -- check-content</c>: the content check on its own, exit code 1 on any problem.</summary>
public static class ContentCheckCommand
{
    public static int Run(WebApplication app)
    {
        var store = app.Services.GetRequiredService<ContentStore>();
        var problems = ContentCheck.Run(store.Current, AppRoutes(((IEndpointRouteBuilder)app).DataSources));
        foreach (var problem in problems)
        {
            Console.Error.WriteLine(problem);
        }

        Console.WriteLine(problems.Count == 0
            ? $"Content check passed: {store.Current.Pages.Count} pages, {store.Current.Phases.Count} phases in {store.Root}"
            : $"Content check failed: {problems.Count} problems in {store.Root}");
        return problems.Count == 0 ? 0 : 1;
    }

    /// <summary>Whether a path is served by one of the app's endpoints, other than the content catch-all.</summary>
    public static Func<string, bool> AppRoutes(IEnumerable<EndpointDataSource> sources)
    {
        var matchers = sources
            .SelectMany(source => source.Endpoints)
            .OfType<RouteEndpoint>()
            .Where(e => !e.RoutePattern.Parameters.Any(p => p.IsCatchAll))
            .Select(e => new TemplateMatcher(new RouteTemplate(e.RoutePattern), new RouteValueDictionary()))
            .ToList();
        return path => matchers.Any(m => m.TryMatch(path, []));
    }
}
