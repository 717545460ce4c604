using SkillShare.Core.Posts;

namespace SkillShare.Bot.Channels.Web.Demo;

/// <summary>The demo market's skill offers and talent requests; skills are starter-taxonomy ids.</summary>
internal static class DemoPosts
{
    public sealed record Offer(string Key, string Person, string Title, string[] Skills, long Rate, string Currency,
        int Hours, WorkMode Mode, string? Place, string Description);

    public sealed record Request(string Key, string Person, string Title, string[] Skills, long Min, long Max,
        string Currency, int Hours, int DeadlineDays, WorkMode Mode, string? Place, string Description);

    public static readonly Offer[] Offers =
    [
        new("ana-dotnet", "ana", ".NET backend for payments", ["csharp", "dotnet", "postgresql"], 6500, "USD", 30,
            WorkMode.Remote, null, "APIs, billing and reconciliation jobs; tests first."),
        new("ana-sql", "ana", "PostgreSQL tuning", ["postgresql", "sql"], 7500, "USD", 10, WorkMode.Remote, null,
            "Slow queries, indexes, partitioning; a report you can act on."),
        new("wei-react", "wei", "React 前端开发", ["react", "typescript", "frontend"], 30000, "CNY", 25,
            WorkMode.Remote, null, "电商前台、后台管理、数据看板。"),
        new("wei-node", "wei", "Node.js APIs", ["nodejs", "api", "mongodb"], 4000, "USD", 15, WorkMode.Remote, null,
            "REST and GraphQL services, MongoDB, payment webhooks."),
        new("priya-ds", "priya", "Forecasting and dashboards", ["python", "datasci", "powerbi"], 550000, "INR", 20,
            WorkMode.Remote, null, "Demand forecasts and Power BI dashboards your team can keep."),
        new("priya-nlp", "priya", "NLP: classification and search", ["nlp", "python", "ml"], 6000, "USD", 15,
            WorkMode.Remote, null, "Text classification, semantic search, evaluation sets."),
        new("jonas-k8s", "jonas", "Kubernetes platform work", ["kubernetes", "docker", "devops"], 9000, "EUR", 20,
            WorkMode.Remote, null, "Clusters, CI/CD, observability, cost clean-ups."),
        new("jonas-aws", "jonas", "AWS on-site migration", ["aws", "cloud", "linux"], 11000, "EUR", 40,
            WorkMode.OnSite, "Berlin", "Lift-and-shift to AWS with your team, on site in Berlin."),
        new("yuki-figma", "yuki", "Product design in Figma", ["figma", "uiux", "design"], 9000, "JPY", 20,
            WorkMode.Remote, null, "Design systems, prototypes, usability tests."),
        new("yuki-video", "yuki", "Explainer videos and motion", ["video", "design"], 7000, "JPY", 10,
            WorkMode.Remote, null, "Short explainer and course videos, edited and subtitled."),
        new("chidi-flutter", "chidi", "Flutter apps, offline first", ["flutter", "android", "mobile"], 4500, "USD",
            30, WorkMode.Remote, null, "Apps that work on a 2G connection and sync later."),
        new("lucia-docs", "lucia", "API documentation", ["writing", "api"], 5000, "EUR", 15, WorkMode.Remote, null,
            "Reference docs, guides and examples developers actually read."),
        new("lucia-translate", "lucia", "EN/ES/FR translation", ["translation"], 4000, "EUR", 20, WorkMode.Remote,
            null, "Product UI, help centres and marketing pages."),
        new("chen-translate", "chen", "中英翻译 / EN-ZH translation", ["en-zh", "translation"], 35000, "CNY", 25,
            WorkMode.Remote, null, "科技、法律文件；软件界面本地化。"),
        new("mateo-pentest", "mateo", "Web penetration testing", ["pentest", "security"], 12000, "USD", 10,
            WorkMode.Remote, null, "OWASP-based tests with a fix list ranked by risk."),
        new("olga-go", "olga", "Go services at scale", ["go", "redis", "microservices"], 8000, "USD", 30,
            WorkMode.Remote, null, "High-throughput APIs, queues and caches."),
        new("olga-rust", "olga", "Rust for hot paths", ["rust", "backend"], 9500, "USD", 10, WorkMode.Remote, null,
            "Rewrite the slow part in Rust, with benchmarks before and after."),
    ];

    public static readonly Request[] Requests =
    [
        new("northwind-forecast", "northwind", "Demand forecasting model", ["python", "datasci", "ml"], 5000, 8000,
            "USD", 20, 45, WorkMode.Remote, null, "Weekly store-level forecasts from three years of sales."),
        new("northwind-bi", "northwind", "Power BI dashboards", ["powerbi", "sql"], 4000, 6500, "USD", 15, 30,
            WorkMode.Remote, null, "Replace spreadsheets with five dashboards for store managers."),
        new("harbor-k8s", "harbor", "Kubernetes for robot fleet telemetry", ["kubernetes", "devops", "aws"], 8000,
            12000, "SGD", 30, 60, WorkMode.Remote, null, "Telemetry ingestion for 2,000 robots, multi-region."),
        new("harbor-flutter", "harbor", "Operator app in Flutter", ["flutter", "mobile"], 5000, 7500, "SGD", 25, 50,
            WorkMode.OnSite, "Singapore", "Tablet app for warehouse operators; on site two days a week."),
        new("yunfan-react", "yunfan", "招聘 React 前端", ["react", "typescript"], 25000, 40000, "CNY", 30, 40,
            WorkMode.Remote, null, "跨境电商后台，新功能开发和性能优化。"),
        new("yunfan-translate", "yunfan", "商品详情中译英", ["en-zh", "translation"], 20000, 40000, "CNY",
            20, 21, WorkMode.Remote, null, "五百个商品详情页，中文译成英文。"),
        new("fjord-design", "fjord", "Patient app UX", ["uiux", "figma"], 7000, 10000, "EUR", 20, 35,
            WorkMode.Remote, null, "Research and redesign of onboarding for older patients."),
        new("sabia-dotnet", "sabia", "Backend .NET para pagamentos", ["dotnet", "csharp", "postgresql"], 5500, 8000,
            "USD", 40, 90, WorkMode.Remote, null, "Ledger and reconciliation services in .NET 10."),
        new("sabia-pentest", "sabia", "Pre-launch security test", ["pentest", "security"], 9000, 15000, "USD", 20,
            20, WorkMode.Remote, null, "Web and API penetration test before the public launch."),
        new("koala-video", "koala", "Course video editing", ["video", "marketing"], 3500, 5500, "AUD", 15, 30,
            WorkMode.Remote, null, "Edit 20 short lessons and their promo clips."),
        new("mateo-writer", "mateo", "Report writer for pentest findings", ["writing", "security"], 3000, 5000,
            "USD", 10, 25, WorkMode.Remote, null, "Turn raw findings into clear client reports."),
    ];
}
