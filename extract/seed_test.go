package extract

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The seed article: ../shared/seed/sputnik-huawei-extracted.txt is this
// Sputnik story as a naive extractor left it. testdata/pages/sputnik-* are
// the page as the site serves it (UTF-8, and windows-1251 declared only in
// a meta tag). pith must give the title and these paragraphs, in order, and
// nothing else.
var (
	seedTitle      = "Huawei CEO Offers Germany 'No-Spy Deal' to Address Security Concerns - Reports"
	seedParagraphs = []string{
		"Huawei has repeatedly rejected Washington’s accusations that the company has been stealing commercial information and spying on behalf of the Chinese government.",
		"Huawei’s chief executive Ren Zhengfe has offered Germany a “no-spy deal” in order to address Berlin's security concerns over the Chinese telecom giant’s involvement in creating Germany's next-generation 5G mobile infrastructure, the German magazine Wirtschaftswoche reports.",
		"“Last month, we talked to the German Interior Ministry and said that we were ready to sign a no-spy agreement with the German government and to promise that Huawei will not install any backdoors in the networks”, Wirtschaftswoche cited Ren as saying.",
		"He also urged the Chinese government to sign a similar no-spy deal and stick to EU data protection laws.",
		"The offer comes after Jochen Homann, director of Germany’s federal network agency Bundesnetzagentur, told The Financial Times that his agency will not shut Huawei out of the high-speed 5G Internet network rollout.",
		"“The position the Bundesnetzagentur takes is that no equipment supplier, including Huawei, should, or may be specifically excluded,” Homann underscored.",
		"With the US pushing for the EU to ban the Chinese company from the broadband network over its alleged industrial espionage, Homann said that his agency had no proof of Huawei’s spying.",
		"“The Bundesnetzagentur has not received any concrete indications against Huawei. Nor are we aware of any other body in Germany that has received any reliable indications”, he pointed out.",
		"Earlier, Washington warned that it would scale down intelligence cooperation with Germany if Berlin allows Huawei to take part in developing its 5G networks. German Foreign Minister Heiko Maas, for his part, insisted that Germany “can never be blackmailed”.",
		"Maas told the newspaper Markische Oderzeitung that the German government had held intense consultations over Chinese involvement in building up the next-generation network.",
		"“Security aspects are extremely important for such infrastructure, which will shape many spheres of our lives, and we must not make lazy compromises. We do not need advice from anyone. We will make the decisions autonomously,” he underscored.",
		"His statement came after German Chancellor Angela Merkel said that she opposed excluding Huawei or any other company from the development of the country’s 5G mobile network just because it comes from a certain country.",
		"Washington has repeatedly claimed that Huawei has been stealing commercial information and spying on behalf of the Chinese government — allegations which the company has consistently denied.",
	}
	// seedBoilerplate is what the naive extractor kept: none of it may appear.
	seedBoilerplate = []string{
		"Sputnik International", "Get the latest news", "© Sputnik", "Go to the mediabank",
		"Subscribe", "READ MORE", "China's Huawei Slams", "German-US Spat", "Analyst on Huawei Case",
		"Security personnel stand", "US Warns Huawei", "14 March 2019", "Newsfeed",
		"To participate in the discussion", "log in or register", "loader", "Chats",
		"Заголовок открываемого материала", "Facebook", "Telegram", "Terms of Use", "All rights reserved",
		"Kremlin Comments", "file photo",
	}
)

func TestSeedFixtures(t *testing.T) {
	want := strings.Join(seedParagraphs, "\n\n")
	for _, name := range []string{"sputnik-utf8", "sputnik-cp1251"} {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(goldenDir, name, "source.html"))
			if err != nil {
				t.Fatal(err)
			}
			art, err := FromBytes(context.Background(), data, Options{})
			if err != nil {
				t.Fatalf("FromBytes: %v", err)
			}
			if art.Title != seedTitle {
				t.Errorf("title = %q, want %q", art.Title, seedTitle)
			}
			if diff := cmp.Diff(want, art.Text); diff != "" {
				t.Errorf("body mismatch (-want +got):\n%s", diff)
			}
			for _, bad := range seedBoilerplate {
				if strings.Contains(art.Text, bad) {
					t.Errorf("body contains boilerplate %q", bad)
				}
			}
			if art.SiteName != "Sputnik International" || art.Language != "en" ||
				art.Published.Format("2006-01-02") != "2019-03-19" ||
				art.URL != "https://sputnikglobe.com/20190319/huawei-germany-no-spy-deal-1073305617.html" {
				t.Errorf("metadata = site %q lang %q published %v url %q", art.SiteName, art.Language, art.Published, art.URL)
			}
		})
	}
}
