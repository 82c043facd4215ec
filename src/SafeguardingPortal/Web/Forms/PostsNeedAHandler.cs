using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.Filters;

namespace SafeguardingPortal.Web.Forms;

/// <summary>
/// A POST to a page without a handler for it is refused: Razor Pages would otherwise render the page without running
/// any handler, so a model its OnGet never loaded, and a null reference (500). Such a POST (a page without OnPost, or
/// a handler name the page lacks when it has no unnamed OnPost to fall back to) answers 405, GET and HEAD allowed.
/// </summary>
public sealed class PostsNeedAHandler : IAsyncPageFilter
{
    public static void Apply(PageConventionCollection pages) => pages.ConfigureFilter(new PostsNeedAHandler());

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var http = context.HttpContext;
        if (context.HandlerMethod is null && !HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
        {
            http.Response.Headers.Allow = "GET, HEAD";
            context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
            return;
        }

        await next();
    }
}
