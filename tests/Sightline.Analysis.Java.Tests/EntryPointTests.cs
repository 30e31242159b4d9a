using Sightline.Core.Code;
using Xunit;

namespace Sightline.Analysis.Java.Tests;

public sealed class EntryPointTests
{
    [Fact]
    public void Spring_mappings_count_in_controllers_only_and_container_called_methods_are_hosted()
    {
        var results = Analysis.Files(
            ("src/main/java/a/Web.java", """
                package a;
                @RestController
                class Web {
                    @PostMapping("/x") public void post() { }
                    @Scheduled(fixedRate = 1000) void tick() { }
                    @EventListener void on(Object e) { }
                    @Bean Object bean() { return null; }
                }
                @Component
                class NotWeb {
                    @GetMapping("/y") public void get() { }
                }
                """));

        Assert.Equal(EntryPointKind.HttpHandler, results.Definition("a.Web.post").Entry);
        Assert.Equal(EntryPointKind.HostedService, results.Definition("a.Web.tick").Entry);
        Assert.Equal(EntryPointKind.HostedService, results.Definition("a.Web.on").Entry);
        Assert.Equal(EntryPointKind.HostedService, results.Definition("a.Web.bean").Entry);
        Assert.Equal(EntryPointKind.None, results.Definition("a.NotWeb.get").Entry);
    }

    [Fact]
    public void Jax_rs_resources_and_servlet_methods_are_http_handlers()
    {
        var results = Analysis.Files(
            ("src/main/java/a/Resource.java", "package a;\n@Path(\"/r\")\npublic class Resource {\n  @GET public String get() { return \"\"; }\n  public void helper() { }\n}\n"),
            ("src/main/java/a/Servlet.java", "package a;\nimport javax.servlet.http.HttpServlet;\npublic class Servlet extends HttpServlet {\n  protected void doGet(Object rq, Object rs) { }\n  protected void doPost(Object rq, Object rs) { }\n}\n"));

        Assert.Equal(EntryPointKind.HttpHandler, results.Definition("a.Resource.get").Entry);
        Assert.Equal(EntryPointKind.HttpHandler, results.Definition("a.Servlet.doGet").Entry);
        Assert.Equal(EntryPointKind.HttpHandler, results.Definition("a.Servlet.doPost").Entry);
        Assert.Equal(EntryPointKind.None, results.Definition("a.Resource.helper").Entry);
    }

    [Fact]
    public void A_module_without_main_or_web_entry_points_is_a_library_whose_public_methods_are_its_api()
    {
        var results = Analysis.Files(
            ("lib/pom.xml", "<project/>"),
            ("lib/src/main/java/a/Lib.java", "package a;\npublic class Lib {\n  public void api() { }\n  void internal() { }\n  private void hidden() { }\n}\nclass PackagePrivate { public void notApi() { } }\n"),
            ("app/pom.xml", "<project/>"),
            ("app/src/main/java/b/Main.java", "package b;\npublic class Main {\n  public static void main(String[] args) { }\n  public void notApi() { }\n}\n"));

        Assert.Equal(EntryPointKind.PublicApi, results.Definition("a.Lib.api").Entry);
        Assert.Equal(EntryPointKind.PublicApi, results.Definition("a.Lib.<init>").Entry);
        Assert.Equal(EntryPointKind.None, results.Definition("a.Lib.internal").Entry);
        Assert.Equal(EntryPointKind.None, results.Definition("a.Lib.hidden").Entry);
        Assert.Equal(EntryPointKind.None, results.Definition("a.PackagePrivate.notApi").Entry);
        Assert.Equal(EntryPointKind.Main, results.Definition("b.Main.main").Entry);
        Assert.Equal(EntryPointKind.None, results.Definition("b.Main.notApi").Entry);
    }

    [Theory]
    [InlineData("src/test/java/a/Helper.java", true)]
    [InlineData("src/main/java/a/ThingTest.java", true)]
    [InlineData("src/main/java/a/ThingTests.java", true)]
    [InlineData("src/main/java/a/ThingIT.java", true)]
    [InlineData("module/src/test/java/a/Helper.java", true)]
    [InlineData("src/main/java/a/Testing.java", false)]
    public void Test_files_follow_maven_and_gradle_conventions(string path, bool isTest)
    {
        var file = Analysis.Files((path, "package a; public class X { public static void main(String[] args) { } }")).File(path);

        Assert.Equal(isTest, file.IsTest);
        Assert.Equal(isTest ? EntryPointKind.None : EntryPointKind.Main, file.Definitions.Single(d => d.Name == "main").Entry);
    }

    [Fact]
    public void Definitions_carry_their_ranges_and_anonymous_classes_are_named_like_the_jvm_names_them()
    {
        var file = Analysis.Files(("A.java", "package a;\nclass A {\n  void m() {\n    Runnable r = new Runnable() {\n      public void run() { }\n    };\n  }\n}\n")).File("A.java");

        var m = file.Definitions.Single(d => d.Id == "a.A.m");
        Assert.Equal((3, 7, 3), (m.StartLine, m.EndLine, m.StartColumn));
        Assert.Contains(file.Definitions, d => d.Id == "a.A$1.run" && d.StartLine == 5);
        Assert.Contains(file.Calls, c => c.Kind == CallKind.Reference && c.Callee == "a.A$1.run" && c.Caller == "a.A.m");
    }
}
