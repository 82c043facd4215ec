using SafeguardingPortal;
using SafeguardingPortal.Content;
using SafeguardingPortal.Content.Umbraco.Push;
using SafeguardingPortal.Features.Concerns.Postcodes;

var builder = WebApplication.CreateBuilder(args);
builder.AddPortal();
var app = builder.Build();
app.UsePortal();

if (args.Contains("check-content"))
{
    return ContentCheckCommand.Run(app);
}

if (args is ["content", "push", ..])
{
    return await ContentPushCommand.RunAsync(app.Services, args, Console.Out, Console.Error);
}

if (args is ["postcodes", ..])
{
    return await PostcodesCommand.RunAsync(app.Services, args);
}

await app.RunAsync();
return 0;

public partial class Program;
