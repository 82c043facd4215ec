using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace SafeguardingPortal.Features.Accounts.Demo;

/// <summary>The demo sign-in exists in Development only: elsewhere its pages have no route, so nothing can reach them.</summary>
public static class DemoServices
{
    public const string Folder = "/Accounts/Demo";

    public static void AddDemoSignIn(this IServiceCollection services, IHostEnvironment environment)
    {
        if (environment.IsDevelopment())
        {
            services.AddHostedService<DemoAccounts>();
        }
    }

    public static void Apply(PageConventionCollection pages, IHostEnvironment environment)
    {
        if (environment.IsDevelopment())
        {
            pages.AllowAnonymousToFolder(Folder);
        }
        else
        {
            pages.AddFolderRouteModelConvention(Folder, model => model.Selectors.Clear());
        }
    }
}
