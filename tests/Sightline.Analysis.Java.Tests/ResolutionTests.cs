using Sightline.Core.Code;
using Xunit;

namespace Sightline.Analysis.Java.Tests;

/// <summary>One form of name resolution per test, on small sources held in memory.</summary>
public sealed class ResolutionTests
{
    [Fact]
    public void A_field_of_a_single_type_imported_class_resolves_to_the_package_s_method()
    {
        var file = One("""
            package a;
            import org.apache.logging.log4j.Logger;
            import org.apache.logging.log4j.LogManager;
            class A {
                private static final Logger LOG = LogManager.getLogger(A.class);
                void m() { LOG.info("x"); }
            }
            """);

        Assert.Equal(["External org.apache.logging.log4j.LogManager.getLogger", "External org.apache.logging.log4j.Logger.info"], file.Callees());
    }

    [Fact]
    public void A_chained_factory_call_and_a_fully_qualified_name_resolve_without_imports()
    {
        var file = One("""
            class A {
                void m() { org.apache.logging.log4j.LogManager.getLogger("a").error("x"); }
            }
            """);

        Assert.Equal(["External org.apache.logging.log4j.LogManager.getLogger", "External org.apache.logging.log4j.Logger.error"], file.Callees());
    }

    [Fact]
    public void A_type_two_on_demand_imports_could_hold_is_given_as_candidates()
    {
        var file = One("""
            import org.apache.logging.log4j.*;
            import java.util.logging.*;
            class A {
                void m(Logger logger) { logger.info("x"); }
            }
            """);

        var call = Assert.Single(file.Calls);
        Assert.Equal(CallKind.External, call.Kind);
        Assert.Null(call.Callee);
        Assert.Equal(["org.apache.logging.log4j.Logger.info", "java.util.logging.Logger.info"], call.Candidates);
    }

    [Fact]
    public void Static_imports_single_and_on_demand_name_the_owning_type()
    {
        var file = One("""
            import static java.util.Objects.requireNonNull;
            import static org.junit.Assert.*;
            class A {
                void m(Object o) { requireNonNull(o); assertTrue(true); }
            }
            """);

        Assert.Equal(["External java.util.Objects.requireNonNull", "External org.junit.Assert.assertTrue"], file.Callees());
    }

    [Theory]
    [InlineData("Log4j2", "org.apache.logging.log4j.Logger.warn")]
    [InlineData("Slf4j", "org.slf4j.Logger.warn")]
    [InlineData("Log", "java.util.logging.Logger.warn")]
    public void Lombok_logger_annotations_create_a_typed_log_field(string annotation, string callee)
    {
        var file = One($$"""
            @{{annotation}}
            class A {
                void m() { log.warn("x"); }
            }
            """);

        Assert.Equal(["External " + callee], file.Callees());
    }

    [Fact]
    public void Var_locals_take_the_type_they_are_created_with_and_repository_return_types_chain()
    {
        var results = Analysis.Files(
            ("src/main/java/a/Factory.java", "package a;\npublic class Factory {\n  public Widget make() { return new Widget(); }\n}\n"),
            ("src/main/java/a/Widget.java", "package a;\npublic class Widget {\n  public void spin() { }\n}\n"),
            ("src/main/java/a/Use.java", "package a;\nclass Use {\n  void m() {\n    var f = new Factory();\n    f.make().spin();\n  }\n}\n"));

        Assert.Equal(["Local a.Factory.<init>", "Local a.Factory.make", "Local a.Widget.spin"], results.File("src/main/java/a/Use.java").Callees());
    }

    [Fact]
    public void This_and_super_constructor_calls_casts_patterns_catch_and_for_each_variables_are_typed()
    {
        var file = One("""
            package a;
            import java.io.IOException;
            import java.util.List;
            class A extends java.util.ArrayList<String> {
                A() { super(); }
                A(int n) { this(); }
                void m(Object o, List<StringBuilder> items) {
                    ((StringBuilder) o).reverse();
                    if (o instanceof String s) { s.trim(); }
                    for (StringBuilder b : items) { b.setLength(0); }
                    try { run(); } catch (IOException e) { e.printStackTrace(); }
                }
                void run() throws IOException { }
            }
            """);

        Assert.Equal(
            [
                "External java.util.ArrayList.<init>", "Local a.A.<init>", "External java.lang.StringBuilder.reverse",
                "External java.lang.String.trim", "External java.lang.StringBuilder.setLength", "Local a.A.run",
                "External java.io.IOException.printStackTrace",
            ],
            file.Callees());
    }

    [Fact]
    public void Inherited_methods_of_a_package_superclass_are_the_package_s()
    {
        var file = One("""
            import javax.servlet.http.HttpServlet;
            class S extends HttpServlet {
                void m() { getServletContext(); }
            }
            """);

        Assert.Equal(["External javax.servlet.http.HttpServlet.getServletContext"], file.Callees());
    }

    [Fact]
    public void Nested_classes_reach_the_outer_class_s_methods_and_fields()
    {
        var file = One("""
            package a;
            import org.slf4j.Logger;
            class Outer {
                private Logger logger;
                void helper() { }
                class Inner {
                    void m() { helper(); logger.debug("x"); }
                }
            }
            """);

        Assert.Equal(["Local a.Outer.helper", "External org.slf4j.Logger.debug"], file.Callees());
        Assert.Contains(file.Definitions, d => d.Id == "a.Outer.Inner.m");
    }

    [Fact]
    public void Enums_records_interfaces_and_generic_calls_are_read()
    {
        var file = One("""
            package a;
            enum Mode { ON("on"), OFF("off") { void flip() { ON.flip(); } }; Mode(String s) { } void flip() { } }
            record Point(StringBuilder text) { void m() { text.append(1); } }
            interface Api { default void d() { this.<String>pick(); } <T> T pick(); }
            """);

        Assert.Equal(["Local a.Mode.flip", "External java.lang.StringBuilder.append", "Local a.Api.pick"], file.Callees());
        Assert.Contains(file.Definitions, d => d.Id == "a.Mode.OFF.flip");
    }

    [Fact]
    public void Receivers_of_a_type_parameter_stay_unresolved_rather_than_guessed_from_imports()
    {
        var file = One("""
            import java.util.*;
            class Box<T> {
                T value;
                <R> R map(R r) { value.hashCode(); return r.go(); }
            }
            """);

        Assert.Equal(["Unresolved value.hashCode", "Unresolved r.go"], file.Callees());
    }

    [Fact]
    public void Generic_commas_in_a_field_initializer_do_not_split_the_field()
    {
        var file = One("""
            package a;
            import java.util.function.Function;
            class A {
                static final Function<String, Integer> F = new Function<String, Integer>() {
                    public Integer apply(String s) { return s.length(); }
                }, G = null;
            }
            """);

        Assert.Empty(file.Warnings);
        Assert.Equal(["External java.util.function.Function.<init>", "Reference a.A$1.apply", "External java.lang.String.length"], file.Callees());
    }

    [Fact]
    public void Statically_imported_fields_and_nested_types_of_repository_classes_resolve()
    {
        var results = Analysis.Files(
            ("src/main/java/a/Shared.java", "package a;\nimport org.slf4j.Logger;\npublic class Shared {\n  public static Logger LOG;\n  public static class Part { public void run() { } }\n}\n"),
            ("src/main/java/b/Use.java", "package b;\nimport static a.Shared.*;\nclass Use {\n  void m() { LOG.info(\"x\"); new Part().run(); }\n}\n"));

        Assert.Equal(["External org.slf4j.Logger.info", "Local a.Shared.Part.<init>", "Local a.Shared.Part.run"], results.File("src/main/java/b/Use.java").Callees());
    }

    [Fact]
    public void Annotations_on_locals_are_not_calls_and_init_spans_the_explicit_constructor()
    {
        var file = One("package a;\nclass A {\n  private final StringBuilder b = new StringBuilder();\n  A() {\n    @SuppressWarnings(\"unused\") var x = 1;\n  }\n}\n");

        Assert.Equal(["External java.lang.StringBuilder.<init>"], file.Callees());
        Assert.Equal(4, file.Definitions.Single(d => d.Id == "a.A.<init>").StartLine);
    }

    [Fact]
    public void Switch_patterns_declare_their_variables()
    {
        var file = One("class A { void m(Object o) { switch (o) { case StringBuilder b -> b.reverse(); default -> { } } } }");

        Assert.Equal(["External java.lang.StringBuilder.reverse"], file.Callees());
    }

    [Fact]
    public void A_call_it_cannot_resolve_is_kept_with_its_text()
    {
        var file = One("class A { void m() { unknown.thing().go(); } }");

        Assert.Equal(["Unresolved unknown.thing", "Unresolved unknown.thing().go"], file.Callees());
    }

    [Fact]
    public void Overloads_share_one_definition_id()
    {
        var file = One("package a; class A { void m() { } void m(int x) { } }");

        Assert.Single(file.Definitions, d => d.Id == "a.A.m");
    }

    private static FileAnalysis One(string source) => Analysis.Files(("src/main/java/A.java", source)).File("src/main/java/A.java");
}
