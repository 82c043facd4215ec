using SafeguardingPortal;
using SafeguardingPortal.Content;

var builder = WebApplication.CreateBuilder(args);
builder.AddPortal();
var app = builder.Build();
app.UsePortal();

if (args.Contains("check-content"))
{
    return ContentCheckCommand.Run(app);
}

await app.RunAsync();
return 0;

public partial class Program;
