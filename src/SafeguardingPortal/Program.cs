var builder = WebApplication.CreateBuilder(args);
builder.Services.AddRazorPages(o => o.RootDirectory = "/Features");
var app = builder.Build();
app.MapRazorPages();
app.Run();

public partial class Program;
