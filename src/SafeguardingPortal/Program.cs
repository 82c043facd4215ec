using SafeguardingPortal.Web.Layout;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddRazorPages(o => o.RootDirectory = "/Features");
builder.Services.AddHttpContextAccessor();
builder.Services.AddSingleton<PageChromeProvider>();
builder.Services.AddScoped(sp => sp.GetRequiredService<PageChromeProvider>().Create(sp.GetRequiredService<IHttpContextAccessor>().HttpContext!));
var app = builder.Build();
app.UseStaticFiles();
app.MapRazorPages();
app.Run();

public partial class Program;
