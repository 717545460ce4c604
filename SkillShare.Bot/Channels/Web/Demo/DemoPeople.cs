using SkillShare.Core.Members;

namespace SkillShare.Bot.Channels.Web.Demo;

/// <summary>The demo market's people: freelancers and the companies hiring, across languages and time zones.</summary>
internal static class DemoPeople
{
    public sealed record Person(string Key, string Name, MemberRoles Roles, UiLanguage Language, string Location,
        string TimeZone, string[] Languages, string Bio);

    public static readonly Person[] All =
    [
        new("ana", "Ana Souza", MemberRoles.Freelancer, UiLanguage.English, "São Paulo", "America/Sao_Paulo",
            ["pt", "en", "es"], "Backend developer, 9 years of .NET and PostgreSQL, payments and billing systems."),
        new("wei", "李伟 Li Wei", MemberRoles.Freelancer, UiLanguage.Chinese, "Shanghai", "Asia/Shanghai",
            ["zh", "en"], "全栈工程师，React + Node.js，做过电商和小程序后台。"),
        new("priya", "Priya Raman", MemberRoles.Freelancer, UiLanguage.English, "Bengaluru", "Asia/Kolkata",
            ["en", "hi", "ta"], "Data scientist: forecasting, NLP and dashboards in Python and Power BI."),
        new("jonas", "Jonas Weber", MemberRoles.Freelancer, UiLanguage.English, "Berlin", "Europe/Berlin",
            ["de", "en"], "DevOps and cloud: Kubernetes, Terraform, AWS and Azure, on-call friendly."),
        new("yuki", "Yuki Tanaka", MemberRoles.Freelancer, UiLanguage.English, "Tokyo", "Asia/Tokyo",
            ["ja", "en"], "Product designer: Figma, design systems, mobile-first UX research."),
        new("chidi", "Chidi Okafor", MemberRoles.Freelancer, UiLanguage.English, "Lagos", "Africa/Lagos",
            ["en", "yo"], "Android and Flutter developer, offline-first apps for low-bandwidth markets."),
        new("lucia", "Lucía Fernández", MemberRoles.Freelancer, UiLanguage.English, "Madrid", "Europe/Madrid",
            ["es", "en", "fr"], "Technical writer and translator (EN/ES/FR), API docs and localisation."),
        new("chen", "陈静 Chen Jing", MemberRoles.Freelancer, UiLanguage.Chinese, "Shenzhen", "Asia/Shanghai",
            ["zh", "en"], "中英翻译与本地化，科技和法律文件，十年经验。"),
        new("mateo", "Mateo Rossi", MemberRoles.Both, UiLanguage.English, "Buenos Aires",
            "America/Argentina/Buenos_Aires", ["es", "it", "en"],
            "Security engineer doing penetration tests; also hires help for his small agency."),
        new("olga", "Olga Ivanova", MemberRoles.Freelancer, UiLanguage.English, "Almaty", "Asia/Almaty",
            ["ru", "kk", "en"], "Go and Rust engineer: high-throughput APIs, Redis, event streaming."),
        new("northwind", "Northwind Analytics", MemberRoles.Client, UiLanguage.English, "New York",
            "America/New_York", ["en"], "Retail analytics company, 40 people, hiring contractors for data work."),
        new("harbor", "Harbor Robotics", MemberRoles.Client, UiLanguage.English, "Singapore", "Asia/Singapore",
            ["en", "zh"], "Warehouse robots; needs embedded, cloud and app developers."),
        new("yunfan", "云帆科技 Yunfan Tech", MemberRoles.Client, UiLanguage.Chinese, "Hangzhou", "Asia/Shanghai",
            ["zh"], "跨境电商 SaaS 公司，招聘前端和翻译人才。"),
        new("fjord", "Fjord Health", MemberRoles.Client, UiLanguage.English, "Oslo", "Europe/Oslo",
            ["no", "en"], "Digital health start-up building patient apps; GDPR-minded."),
        new("sabia", "Sabiá Pagamentos", MemberRoles.Client, UiLanguage.English, "Rio de Janeiro",
            "America/Sao_Paulo", ["pt", "en"], "Payments fintech hiring backend and security specialists."),
        new("koala", "Koala Learning", MemberRoles.Client, UiLanguage.English, "Sydney", "Australia/Sydney",
            ["en"], "Online tutoring platform looking for content, video and marketing help."),
    ];

    public static string MemberId(string key) => $"demo-member-{key}";
}
