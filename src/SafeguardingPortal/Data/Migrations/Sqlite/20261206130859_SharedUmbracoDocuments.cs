using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SafeguardingPortal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SharedUmbracoDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "UmbracoDocuments",
                columns: table => new
                {
                    Language = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UmbracoDocuments", x => new { x.Language, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "UmbracoDocumentsVersion",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UmbracoDocumentsVersion", x => x.Id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "UmbracoDocuments");

            migrationBuilder.DropTable(
                name: "UmbracoDocumentsVersion");
        }
    }
}
