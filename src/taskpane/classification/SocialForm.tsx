/** Parameters of the social rules and of the outcome: social index, direct marks, biased results, crisis/risk, resilient. */
import { Button, Caption1, Checkbox, Dropdown, Field, makeStyles, Option, Radio, RadioGroup, Text, tokens } from "@fluentui/react-components";
import { indicatorsByGroup } from "../../core/catalogue";
import type { SocialFactor } from "../../core/classification/settings";
import { t } from "../../i18n";
import { IndicatorPicker, indicatorTitle } from "../components/IndicatorPicker";
import { NumberField } from "../components/NumberField";
import { useControlStyles } from "../components/styles";
import { patchRule, RuleSection, useFormStyles, type FormProps } from "./formParts";

const SOCIAL_INDICATORS = indicatorsByGroup("social");

const useStyles = makeStyles({
  factors: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  factor: {
    display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  factorRow: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalXS },
  sign: { flexGrow: 1, minWidth: 0 },
  weight: { width: "88px", flexShrink: 0 },
  title: { overflowWrap: "anywhere" },
});

function FactorsEditor({ factors, onChange, disabled }: { factors: SocialFactor[]; onChange(next: SocialFactor[]): void; disabled?: boolean }): JSX.Element {
  const styles = useStyles();
  const controls = useControlStyles();
  const set = (index: number, part: Partial<SocialFactor>): void => onChange(factors.map((f, i) => (i === index ? { ...f, ...part } : f)));
  const unused = SOCIAL_INDICATORS.filter((i) => !factors.some((f) => f.indicator === i.id));
  return (
    <>
      <ul className={styles.factors} aria-label={t("ui.cls.factors")}>
        {factors.map((factor, index) => {
          const title = indicatorTitle(factor.indicator);
          return (
            <li key={factor.indicator} className={styles.factor}>
              <Text weight="semibold" className={styles.title}>{title}</Text>
              <div className={styles.factorRow}>
                <Field label={t("ui.cls.sign")} size="small" className={styles.sign}>
                  <Dropdown size="small" className={controls.full} disabled={disabled} aria-label={t("ui.cls.signFor", { title })}
                    value={factor.sign === 1 ? t("ui.cls.signPlus") : t("ui.cls.signMinus")} selectedOptions={[String(factor.sign)]}
                    onOptionSelect={(_, d) => set(index, { sign: d.optionValue === "-1" ? -1 : 1 })}>
                    <Option value="1">{t("ui.cls.signPlus")}</Option>
                    <Option value="-1">{t("ui.cls.signMinus")}</Option>
                  </Dropdown>
                </Field>
                <div className={styles.weight}>
                  <NumberField label={t("ui.cls.weight")} min={0} max={10} step={0.5} value={factor.weight} disabled={disabled}
                    onChange={(weight) => weight !== null && set(index, { weight })} />
                </div>
                <Button size="small" appearance="subtle" disabled={disabled} aria-label={t("ui.cls.removeFactor", { title })}
                  onClick={() => onChange(factors.filter((_, i) => i !== index))}>
                  {t("ui.remove")}
                </Button>
              </div>
            </li>
          );
        })}
      </ul>
      {unused.length > 0 && (
        <Field label={t("ui.cls.addFactor")}>
          <IndicatorPicker value={null} indicators={unused} allowNone={false} disabled={disabled} label={t("ui.cls.addFactor")}
            onChange={(id) => id && onChange([...factors, { indicator: id, sign: -1, weight: 1 }])} />
        </Field>
      )}
    </>
  );
}

export function SocialForm(props: FormProps): JSX.Element {
  const styles = useFormStyles();
  const { value, disabled, onChange } = props;
  const off = t("ui.cls.ruleOff");
  const { socialIndex, directFlags, level, resilient } = value;

  return (
    <>
      <RuleSection value="socialIndex" title={t("ui.cls.socialIndex")} enabled={socialIndex.enabled} offText={off} disabled={disabled}
        toggleLabel={t("ui.cls.apply")} onToggle={(enabled) => patchRule(props, "socialIndex", { enabled })}>
        <Caption1 className={styles.hint}>{t("ui.cls.socialHint")}</Caption1>
        <div className={styles.pair}>
          <NumberField label={t("ui.cls.socialQuantile")} percent min={1} max={50} step={5} value={socialIndex.quantile} disabled={disabled}
            onChange={(quantile) => quantile !== null && patchRule(props, "socialIndex", { quantile })} />
          <NumberField label={t("ui.cls.minFactors")} min={1} max={Math.max(1, socialIndex.factors.length)} value={socialIndex.minFactors}
            disabled={disabled} onChange={(n) => n !== null && patchRule(props, "socialIndex", { minFactors: Math.round(n) })} />
        </div>
        <FactorsEditor factors={socialIndex.factors} disabled={disabled} onChange={(factors) => patchRule(props, "socialIndex", { factors })} />
      </RuleSection>

      <RuleSection value="directFlags" title={t("ui.cls.directFlags")} enabled={directFlags.enabled} offText={off} disabled={disabled}
        toggleLabel={t("ui.cls.directFlagsUse")} onToggle={(enabled) => patchRule(props, "directFlags", { enabled })}>
        <Checkbox checked={directFlags.override} disabled={disabled || !directFlags.enabled} label={t("ui.cls.directFlagsOverride")}
          onChange={(_, d) => patchRule(props, "directFlags", { override: d.checked === true })} />
      </RuleSection>

      <RuleSection value="biased" title={t("ui.cls.biased")}>
        <RadioGroup value={value.biased} disabled={disabled} aria-label={t("ui.cls.biased")}
          onChange={(_, d) => onChange({ ...value, biased: d.value === "exclude" ? "exclude" : "flag" })}>
          <Radio value="flag" label={t("ui.cls.biasedFlag")} />
          <Radio value="exclude" label={t("ui.cls.biasedExclude")} />
        </RadioGroup>
      </RuleSection>

      <RuleSection value="level" title={t("ui.cls.level")}>
        <Checkbox checked={level.crisisWhenBoth} disabled={disabled} label={t("ui.cls.crisisWhenBoth")}
          onChange={(_, d) => patchRule(props, "level", { crisisWhenBoth: d.checked === true })} />
        <NumberField label={t("ui.cls.crisisYears")} min={1} max={5} value={level.crisisYears} disabled={disabled || !level.crisisWhenBoth}
          onChange={(n) => n !== null && patchRule(props, "level", { crisisYears: Math.round(n) })} />
        <NumberField label={t("ui.cls.crisisYearsAlone")} min={1} max={10} value={level.crisisYearsAlone} disabled={disabled}
          onChange={(n) => n !== null && patchRule(props, "level", { crisisYearsAlone: Math.round(n) })} />
        <Checkbox checked={level.worseningIsRisk} disabled={disabled} label={t("ui.cls.worseningIsRisk")}
          onChange={(_, d) => patchRule(props, "level", { worseningIsRisk: d.checked === true })} />
      </RuleSection>

      <RuleSection value="resilient" title={t("ui.cls.resilient")} enabled={resilient.enabled} offText={off} disabled={disabled}
        toggleLabel={t("ui.cls.apply")} onToggle={(enabled) => patchRule(props, "resilient", { enabled })}>
        <Caption1 className={styles.hint}>{t("ui.cls.resilientHint")}</Caption1>
        <div className={styles.pair}>
          <NumberField label={t("ui.cls.resilientQuantile")} percent min={1} max={50} step={5} value={resilient.quantile} disabled={disabled}
            onChange={(quantile) => quantile !== null && patchRule(props, "resilient", { quantile })} />
          <NumberField label={t("ui.cls.residualSd")} min={0} max={3} step={0.5} value={resilient.residualSd} disabled={disabled}
            onChange={(residualSd) => residualSd !== null && patchRule(props, "resilient", { residualSd })} />
        </div>
      </RuleSection>
    </>
  );
}
